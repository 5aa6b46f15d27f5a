using Crm.Core.Content.Definitions;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.GraphQL;

public sealed class GraphQLSchemaTests
{
    private const string Introspection = """
        { __schema { queryType { name } mutationType { name }
            types { name kind fields { name type { ...Type } args { name } } inputFields { name type { ...Type } } enumValues { name } } } }
        fragment Type on __Type { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_schema_a_recipe_produces_matches_its_snapshot(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var schema = (await api.Admin.DataAsync(Introspection))["__schema"]!;
        var snapshot = SchemaSnapshot.Describe(schema);

        var file = Path.Combine(AppContext.BaseDirectory, "GraphQL", "sales-model.schema.txt");
        Assert.True(File.Exists(file), $"No snapshot at {file}; the current schema is:\n{snapshot}");
        Assert.Equal(File.ReadAllText(file).ReplaceLineEndings("\n").Trim(), snapshot.Trim());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_type_made_by_the_metadata_mutations_is_queryable_on_the_next_request(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        await api.Admin.DataAsync("""mutation { createContentType(input: { name: "Ticket", displayName: "Support ticket" }) { name } }""");
        await api.Admin.DataAsync("""mutation { addContentField(type: "Ticket", input: { name: "Subject", kind: "Text", required: true }) { name } }""");
        var withPriority = await api.Admin.DataAsync("""
            mutation { addContentField(type: "Ticket", input: { name: "Priority", kind: "Choice", indexed: true,
              options: [{ value: "Low" }, { value: "High", label: "Urgent" }] }) { fields { name kind indexed options { value label enumValue } } } }
            """);
        var created = await api.Admin.DataAsync("""mutation { createTicket(input: { subject: "Printer on fire", priority: HIGH }) { subject priority } }""");
        var found = await api.Admin.DataAsync("""{ tickets(where: { priority: { eq: HIGH } }, orderBy: [PRIORITY_DESC]) { nodes { subject } } }""");
        await api.Admin.DataAsync("""mutation { alterContentField(type: "Ticket", field: "Subject", input: { maxLength: 5 }) { name } }""");
        var tooLong = await api.Admin.PostAsync("""mutation { createTicket(input: { subject: "Printer on fire" }) { id } }""");
        var types = await api.Admin.DataAsync("{ contentTypes { name displayName fields { name kind required } } }");

        var options = withPriority["addContentField"]!["fields"]![1]!["options"]!.AsArray();
        Assert.Equal("HIGH", options[1]!["enumValue"]!.GetValue<string>());
        Assert.Equal("Urgent", options[1]!["label"]!.GetValue<string>());
        Assert.Equal("HIGH", created["createTicket"]!["priority"]!.GetValue<string>());
        Assert.Equal("Printer on fire", found["tickets"]!["nodes"]![0]!["subject"]!.GetValue<string>());
        Assert.Equal("input.subject", tooLong.Errors.Single()["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains(types["contentTypes"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Ticket" && t["displayName"]!.GetValue<string>() == "Support ticket");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_by_the_type_editor_or_a_recipe_reaches_the_schema_without_a_restart(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        Assert.NotEmpty((await api.Admin.PostAsync("{ customers { nodes { shoeSize } } }")).Errors);

        await api.Content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(d =>
            d.WithOwnField("Customer", new ContentFieldDefinition("ShoeSize", "Number", new FieldSettings()))));

        await api.Admin.DataAsync("""mutation { createCustomer(input: { name: "Bigfoot", shoeSize: 330 }) { id } }""");
        Assert.Equal(330m, (await api.Admin.DataAsync("{ customers { nodes { shoeSize } } }"))["customers"]!["nodes"]![0]!["shoeSize"]!.GetValue<decimal>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_content_type_managers_may_change_the_model(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var (kim, _) = await api.StaffAsync();

        var answer = await kim.PostAsync("""mutation { createContentType(input: { name: "Secret" }) { name } }""");
        var bad = await api.Admin.PostAsync("""mutation { createContentType(input: { name: "lower case" }) { name } }""");

        Assert.Equal("FORBIDDEN", answer.Code);
        Assert.NotEmpty(bad.Errors);
        Assert.All(bad.Codes, code => Assert.Equal("DEFINITION_REJECTED", code));
        Assert.Contains("capital letter", bad.Errors[0]["message"]!.GetValue<string>());
    }
}
