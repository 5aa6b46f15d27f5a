using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Core.Settings;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.GraphQL;

/// <summary>
/// Errors the API words itself come in the request's language, as the screens pick it (Accept-Language, else the tenant's
/// culture): a refused value in the engine's own Korean text, a refusal with the type's Korean name. The code, the path
/// and extensions.field stay as they are, so clients match errors the same way in every language.
/// </summary>
public sealed class GraphQLLanguageTests
{
    private const string BadCustomer = """mutation { createCustomer(input: { name: "Acme", email: "not-an-email", employees: -3 }) { id } }""";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_value_is_worded_in_korean_with_the_same_code_path_and_field_as_in_english(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var english = await api.Admin.In("en").PostAsync(BadCustomer);
        var korean = await api.Admin.In("ko").PostAsync(BadCustomer);

        Assert.Equal(
            ["Customer.Email: 'not-an-email' is not an e-mail address", "Customer.Employees: must be at least 0"],
            Messages(english));
        Assert.Equal(["Customer.Email: 'not-an-email'은(는) 이메일 주소가 아닙니다", "Customer.Employees: 0 이상이어야 합니다"], Messages(korean));
        Assert.Equal(Shapes(english), Shapes(korean));
        Assert.All(korean.Codes, code => Assert.Equal("VALIDATION_FAILED", code));
        Assert.Equal(0, await api.Content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refusal_names_the_type_as_the_tenant_translated_it(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        await api.Content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(
            """{ "name": "ko", "steps": [ { "name": "Translations", "Culture": "ko-KR", "Texts": { "Customer": "고객" } } ] }""", "ko"), CancellationToken.None));
        var (kim, _) = await api.StaffAsync();
        var admins = (await api.Admin.DataAsync("""mutation { createCustomer(input: { name: "Admin's" }) { id } }"""))["createCustomer"]!["id"]!.GetValue<string>();
        var edit = $$"""mutation { updateCustomer(id: "{{admins}}", version: 1, input: { grade: A }) { grade } }""";

        var english = await kim.In("en-US").PostAsync(edit);
        var korean = await kim.In("ko-KR").PostAsync(edit);

        Assert.Equal(["You may not edit this Customer."], Messages(english));
        Assert.Equal(["이 고객 항목을 수정할 권한이 없습니다."], Messages(korean));
        Assert.Equal(Shapes(english), Shapes(korean));
        Assert.Equal("FORBIDDEN", korean.Code);
    }

    [Fact]
    public async Task Without_accept_language_the_tenants_culture_decides()
    {
        await using var api = await GraphQLTestHost.StartAsync(DatabaseProvider.Sqlite);
        var silent = api.Admin.In(null);
        Task SetCultureAsync(string culture) =>
            api.Content.Host.InTenantAsync("Default", s => s.GetRequiredService<SiteSettings>().SetAsync("Culture", JsonValue.Create(culture)));

        await SetCultureAsync("en-US");
        Assert.Equal(["Customer.Email: 'not-an-email' is not an e-mail address", "Customer.Employees: must be at least 0"], Messages(await silent.PostAsync(BadCustomer)));
        await SetCultureAsync("ko-KR");
        Assert.Equal(["Customer.Email: 'not-an-email'은(는) 이메일 주소가 아닙니다", "Customer.Employees: 0 이상이어야 합니다"], Messages(await silent.PostAsync(BadCustomer)));

        // A client that names its language still gets it.
        var english = await api.Admin.In("en").PostAsync("""mutation { deleteCustomer(id: "01JD0000000000000000000000") { id } }""");
        Assert.Equal(("NOT_FOUND", "No Customer with id '01JD0000000000000000000000'."), (english.Code, Messages(english).Single()));
    }

    private static List<string> Messages(GraphQLAnswer answer) => answer.Errors.Select(e => e["message"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

    /// <summary>Everything of the errors but their messages: code, path, field and locations, in a stable order.</summary>
    private static List<string> Shapes(GraphQLAnswer answer) => answer.Errors
        .Select(e =>
        {
            var copy = e.DeepClone().AsObject();
            copy.Remove("message");
            return copy.ToJsonString();
        })
        .Order(StringComparer.Ordinal).ToList();
}
