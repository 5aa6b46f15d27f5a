using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.GraphQL;

public sealed class GraphQLMutationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_item_is_created_changed_deleted_and_restored_with_its_version(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var created = (await api.Admin.DataAsync("""
            mutation { createCustomer(input: { name: "Acme", stage: PROSPECT, employees: 12, tags: ["steel"], lastActivityAt: "2026-11-20T10:00:00+09:00" })
              { id version name stage employees tags lastActivityAt owner { name } } }
            """))["createCustomer"]!;
        var id = created["id"]!.GetValue<string>();
        Assert.Equal(1, created["version"]!.GetValue<int>());
        Assert.Equal("PROSPECT", created["stage"]!.GetValue<string>());
        Assert.Equal(12m, created["employees"]!.GetValue<decimal>());
        Assert.Equal("2026-11-20T01:00:00.0000000Z", created["lastActivityAt"]!.GetValue<string>());
        Assert.Equal("admin", created["owner"]!["name"]!.GetValue<string>());

        var updated = (await api.Admin.DataAsync($$"""mutation { updateCustomer(id: "{{id}}", version: 1, input: { grade: A, employees: null }) { version name grade employees } }"""))["updateCustomer"]!;
        Assert.Equal(2, updated["version"]!.GetValue<int>());
        Assert.Equal("Acme", updated["name"]!.GetValue<string>()); // partial: untouched fields stay
        Assert.Equal("A", updated["grade"]!.GetValue<string>());
        Assert.Null(updated["employees"]);

        var stale = await api.Admin.PostAsync($$"""mutation { updateCustomer(id: "{{id}}", version: 1, input: { name: "Acme Corp" }) { version } }""");
        Assert.Equal("VERSION_CONFLICT", stale.Code);

        await api.Admin.DataAsync($$"""mutation { deleteCustomer(id: "{{id}}") { id } }""");
        Assert.Null((await api.Admin.DataAsync($$"""{ customer(id: "{{id}}") { id } }"""))["customer"]);
        var restored = (await api.Admin.DataAsync($$"""mutation { restoreCustomer(id: "{{id}}") { name version } }"""))["restoreCustomer"]!;
        Assert.Equal("Acme", restored["name"]!.GetValue<string>());
        Assert.Equal("Acme", (await api.Admin.DataAsync($$"""{ customer(id: "{{id}}") { name } }"""))["customer"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_answers_an_error_per_field_with_its_path_and_code_and_writes_nothing(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var answer = await api.Admin.PostAsync("""mutation { createCustomer(input: { name: "Acme", email: "not-an-email", employees: -3 }) { id } }""");

        Assert.Equal(2, answer.Errors.Count);
        Assert.All(answer.Codes, code => Assert.Equal("VALIDATION_FAILED", code));
        Assert.Equal(["input.email", "input.employees"], answer.Errors.Select(e => e["extensions"]!["field"]!.GetValue<string>()).Order().ToList());
        Assert.All(answer.Errors, e => Assert.Equal("createCustomer", e["path"]![0]!.GetValue<string>()));
        Assert.Null(answer.Data!["createCustomer"]);
        Assert.Equal(0, await api.Content.CountAsync("Customer"));

        var missingRequired = await api.Admin.PostAsync("""mutation { createCustomer(input: { email: "a@b.example" }) { id } }""");
        Assert.Contains("name", missingRequired.Errors[0]["message"]!.GetValue<string>());
        var unknownRelation = await api.Admin.PostAsync("""mutation { createActivity(input: { subject: "Call", customer: "01JD0000000000000000000000" }) { id } }""");
        Assert.Equal("input.customer", unknownRelation.Errors.Single()["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(0, await api.Content.CountAsync("Activity"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_upsert_writes_all_its_items_or_none(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var acme = (await api.Admin.DataAsync("""mutation { createCustomer(input: { name: "Acme" }) { id } }"""))["createCustomer"]!["id"]!.GetValue<string>();

        var refused = await api.Admin.PostAsync("mutation($inputs: [CustomerUpsertInput!]!) { upsertCustomers(inputs: $inputs) { id } }",
            new { inputs = new object[] { new { id = acme, grade = "A" }, new { name = "Beta" }, new { name = "Gamma", email = "bad" } } });
        Assert.Equal("inputs[2].email", refused.Errors.Single()["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(1, await api.Content.CountAsync("Customer"));
        Assert.Null((await api.Admin.DataAsync($$"""{ customer(id: "{{acme}}") { grade } }"""))["customer"]!["grade"]);

        var saved = await api.Admin.DataAsync("mutation($inputs: [CustomerUpsertInput!]!) { upsertCustomers(inputs: $inputs) { name grade } }",
            new { inputs = new object[] { new { id = acme, grade = "A" }, new { name = "Beta" } } });
        Assert.Equal(["Acme", "Beta"], saved["upsertCustomers"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList());
        Assert.Equal("A", saved["upsertCustomers"]![0]!["grade"]!.GetValue<string>());
        Assert.Equal(2, await api.Content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merging_moves_the_duplicates_relations_to_the_kept_item(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var keep = (await api.Admin.DataAsync("""mutation { createCustomer(input: { name: "Acme", email: "a@acme.example" }) { id } }"""))["createCustomer"]!["id"]!.GetValue<string>();
        var duplicate = (await api.Admin.DataAsync("""mutation { createCustomer(input: { name: "ACME Inc", phone: "010-1234-5678" }) { id } }"""))["createCustomer"]!["id"]!.GetValue<string>();
        await api.Admin.DataAsync($$"""mutation { createActivity(input: { subject: "Call", customer: "{{duplicate}}" }) { id } }""");

        var merged = (await api.Admin.DataAsync($$"""mutation { mergeCustomer(keepId: "{{keep}}", mergeId: "{{duplicate}}") { id phone activities { subject } } }"""))["mergeCustomer"]!;

        Assert.Equal(keep, merged["id"]!.GetValue<string>());
        Assert.NotNull(merged["phone"]);
        Assert.Equal("Call", merged["activities"]![0]!["subject"]!.GetValue<string>());
        Assert.Null((await api.Admin.DataAsync($$"""{ customer(id: "{{duplicate}}") { id } }"""))["customer"]);
        var self = await api.Admin.PostAsync($$"""mutation { mergeCustomer(keepId: "{{keep}}", mergeId: "{{keep}}") { id } }""");
        Assert.Equal("INVALID_ARGUMENT", self.Code);
    }
}
