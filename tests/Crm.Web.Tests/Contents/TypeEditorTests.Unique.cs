using System.Net;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

/// <summary>The field editor's Unique checkbox: the unique index it makes and drops, and its refusal over duplicates.</summary>
public sealed partial class TypeEditorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_unique_checkbox_makes_a_field_unique_shows_it_and_turns_it_off(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await AdminAsync(content.Host);

        await AddFieldAsync(admin, "Customer", [new("Name", "Code"), new("Kind", "Text"), new("Unique", "true")]);
        Assert.True(CodeField(await DefinitionsAsync(content)).Settings.Unique);
        Assert.Contains(await IndexesAsync(content), i => i.StartsWith("cx_customer_u_code_", StringComparison.Ordinal));
        var first = await content.CreateAsync("Customer", """{ "Name": "Acme", "Code": "SPRING26" }""");
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync("Customer", """{ "Name": "Beta", "Code": "spring26" }"""));
        Assert.Equal("Code", Assert.Single(refused.Errors).Field);

        Assert.Matches("<input[^>]*id=\"field-unique\"[^>]*checked", await admin.GetStringAsync("/admin/content-types/Customer/fields/Code"));
        Assert.Matches("data-field=\"Code\"[\\s\\S]*?badge text-bg-info\">unique<", await admin.GetStringAsync("/admin/content-types/Customer"));

        var off = await PostAsync(admin, "/admin/content-types/Customer/fields/Code", "/admin/content-types/Customer/fields/Code", [new("Kind", "Text")]);
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False(CodeField(await DefinitionsAsync(content)).Settings.Unique);
        Assert.DoesNotContain(await IndexesAsync(content), i => i.StartsWith("cx_customer_u_code_", StringComparison.Ordinal));
        var second = await content.CreateAsync("Customer", """{ "Name": "Beta", "Code": "spring26" }""");
        Assert.DoesNotMatch("<input[^>]*id=\"field-unique\"[^>]*checked", await admin.GetStringAsync("/admin/content-types/Customer/fields/Code"));

        // Over the two items now sharing the code the index cannot be made: the form says which, and nothing is saved.
        var before = Snapshot(await DefinitionsAsync(content));
        var again = await PostAsync(admin, "/admin/content-types/Customer/fields/Code", "/admin/content-types/Customer/fields/Code", [new("Kind", "Text"), new("Unique", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var page = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        var message = UniqueFeedback(page);
        Assert.Matches("'(SPRING26|spring26)' is used by 2 items", message);
        Assert.Contains(first.Id, message);
        Assert.Contains(second.Id, message);
        Assert.Equal(before, Snapshot(await DefinitionsAsync(content)));
        Assert.DoesNotContain(await IndexesAsync(content), i => i.StartsWith("cx_customer_u_code_", StringComparison.Ordinal));

        var korean = content.Host.Browser("ko-KR");
        await korean.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        var koreanPage = WebUtility.HtmlDecode(await korean.GetStringAsync("/admin/content-types/Customer/fields/Code"));
        Assert.Contains("두 항목이 같은 값을 가질 수 없습니다", koreanPage);
        var inKorean = await PostAsync(korean, "/admin/content-types/Customer/fields/Code", "/admin/content-types/Customer/fields/Code", [new("Kind", "Text"), new("Unique", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, inKorean.StatusCode);
        var koreanMessage = UniqueFeedback(WebUtility.HtmlDecode(await inKorean.Content.ReadAsStringAsync()));
        Assert.Matches("'(SPRING26|spring26)'을\\(를\\) 항목 2개가 쓰고 있습니다", koreanMessage);
        Assert.Contains("고유로 지정할 수 없습니다", koreanMessage);
        Assert.Contains(first.Id, koreanMessage);
        Assert.Equal(before, Snapshot(await DefinitionsAsync(content)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_list_cannot_be_unique_and_unique_keys_are_shown_on_the_types_page(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await AdminAsync(content.Host);
        var before = Snapshot(await DefinitionsAsync(content));

        var tags = await PostAsync(admin, "/admin/content-types/Customer/fields/Tags", "/admin/content-types/Customer/fields/Tags", [new("Kind", "Tags"), new("Unique", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, tags.StatusCode);
        Assert.Equal("a field holding a list cannot be unique", UniqueFeedback(WebUtility.HtmlDecode(await tags.Content.ReadAsStringAsync())));
        Assert.Equal(before, Snapshot(await DefinitionsAsync(content)));

        await content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(d =>
        {
            var type = d.FindType("Activity")!;
            return d.With(type with { Settings = type.Settings with { UniqueKeys = [new UniqueKeyDefinition("CustomerSubject", ["Customer", "Subject"])] } });
        }));
        Assert.Matches("data-unique-key=\"CustomerSubject\"><strong>CustomerSubject</strong>: Customer \\+ Subject<",
            WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/content-types/Activity")));
        Assert.DoesNotContain("data-unique-key", await admin.GetStringAsync("/admin/content-types/Customer"));
    }

    private static ContentFieldDefinition CodeField(ContentDefinitions definitions) => definitions.FindPart("Customer")!.Fields.Single(f => f.Name == "Code");

    /// <summary>The message shown under the Unique checkbox (the page is HTML-decoded).</summary>
    private static string UniqueFeedback(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "id=\"field-unique-hint\"[\\s\\S]*?<div class=\"invalid-feedback d-block\">([^<]*)</div>");
        Assert.True(match.Success, "No message under the Unique checkbox");
        return match.Groups[1].Value;
    }
}
