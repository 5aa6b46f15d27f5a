using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.GraphQL;

public sealed class GraphQLQueryTests
{
    private static async Task SeedAsync(GraphQLTestHost api)
    {
        await api.Content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect", "Grade": "A", "Employees": 120, "Email": "hello@acme.example", "Tags": ["vip", "steel"], "LastActivityAt": "2026-11-01T09:00:00Z" }""");
        await api.Content.CreateAsync("Customer", """{ "Name": "Beta Foods", "Stage": "Customer", "Grade": "B", "Employees": 40, "Tags": ["food"], "LastActivityAt": "2026-10-01T09:00:00Z" }""");
        await api.Content.CreateAsync("Customer", """{ "Name": "Corea Soft", "Stage": "Prospect", "Grade": "C", "Employees": 8 }""");
        await api.Content.CreateAsync("Customer", """{ "Name": "Delta Ltd", "Stage": "Target" }""");
    }

    private static async Task<IReadOnlyList<string>> NamesAsync(GraphQLTestHost api, string where, string orderBy = "[DISPLAY_TEXT_ASC]")
    {
        var data = await api.Admin.DataAsync($"{{ customers(where: {where}, orderBy: {orderBy}) {{ nodes {{ name }} }} }}");
        return data["customers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_filter_operator_selects_the_matching_customers(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        await SeedAsync(api);

        Assert.Equal(["Acme", "Corea Soft"], await NamesAsync(api, "{ stage: { eq: PROSPECT } }"));
        Assert.Equal(["Beta Foods", "Delta Ltd"], await NamesAsync(api, "{ stage: { ne: PROSPECT } }"));
        Assert.Equal(["Beta Foods", "Delta Ltd"], await NamesAsync(api, "{ stage: { in: [CUSTOMER, TARGET] } }"));
        Assert.Equal(["Acme"], await NamesAsync(api, "{ employees: { gt: 40 } }"));
        Assert.Equal(["Acme", "Beta Foods"], await NamesAsync(api, "{ employees: { gte: 40 } }"));
        Assert.Equal(["Corea Soft"], await NamesAsync(api, "{ employees: { lt: 40 } }"));
        Assert.Equal(["Beta Foods", "Corea Soft"], await NamesAsync(api, "{ employees: { lte: 40 } }"));
        Assert.Equal(["Beta Foods"], await NamesAsync(api, "{ name: { contains: \"FOOD\" } }"));
        Assert.Equal(["Corea Soft"], await NamesAsync(api, "{ name: { startsWith: \"cor\" } }"));
        Assert.Equal(["Delta Ltd"], await NamesAsync(api, "{ grade: { isNull: true } }"));
        Assert.Equal(["Acme"], await NamesAsync(api, "{ tags: { contains: \"vip\" } }"));
        Assert.Equal(["Acme", "Beta Foods", "Corea Soft", "Delta Ltd"], await NamesAsync(api, "{ createdUtc: { gt: \"now-1d\" } }"));
        Assert.Empty(await NamesAsync(api, "{ createdUtc: { lt: \"today-30d\" } }"));
        Assert.Equal(["Acme"], await NamesAsync(api, "{ lastActivityAt: { gte: \"2026-10-15T00:00:00+09:00\" } }"));
        Assert.Equal(["Acme", "Delta Ltd"], await NamesAsync(api, "{ OR: [{ grade: { eq: A } }, { stage: { eq: TARGET } }] }"));
        Assert.Equal(["Corea Soft"], await NamesAsync(api, "{ AND: [{ stage: { eq: PROSPECT } }, { NOT: { grade: { eq: A } } }] }"));
        Assert.Equal(["Acme"], await NamesAsync(api, "{ stage: { eq: PROSPECT }, employees: { gt: 100 } }"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filter_goes_through_a_relation_to_the_related_item(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var acme = await api.Content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect" }""");
        var beta = await api.Content.CreateAsync("Customer", """{ "Name": "Beta", "Stage": "Customer" }""");
        await api.Content.CreateAsync("Activity", $$"""{ "Subject": "Call Acme", "Customer": "{{acme.Id}}" }""");
        await api.Content.CreateAsync("Activity", $$"""{ "Subject": "Visit Beta", "Customer": "{{beta.Id}}" }""");

        var data = await api.Admin.DataAsync("""
            { activities(where: { customer: { stage: { eq: PROSPECT } } }) { nodes { subject customer { name stage } } } }
            """);
        var nodes = data["activities"]!["nodes"]!.AsArray();
        Assert.Single(nodes);
        Assert.Equal("Call Acme", nodes[0]!["subject"]!.GetValue<string>());
        Assert.Equal("PROSPECT", nodes[0]!["customer"]!["stage"]!.GetValue<string>());

        var byId = await api.Admin.DataAsync($$"""{ activities(where: { customer: { id: { eq: "{{beta.Id}}" } } }) { nodes { subject } } }""");
        Assert.Equal("Visit Beta", byId["activities"]!["nodes"]![0]!["subject"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_connection_pages_forwards_and_backwards_by_cursor_and_counts_the_matches(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        foreach (var name in new[] { "A1", "A2", "A3", "A4", "A5" }) await api.Content.CreateAsync("Customer", $$"""{ "Name": "{{name}}" }""");

        const string page = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } totalCount totalCountIsExact";
        var first = (await api.Admin.DataAsync($"{{ customers(first: 2, orderBy: [DISPLAY_TEXT_ASC]) {{ {page} }} }}"))["customers"]!;
        Assert.Equal(["A1", "A2"], Names(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(first["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(5, first["totalCount"]!.GetValue<int>());
        Assert.True(first["totalCountIsExact"]!.GetValue<bool>());

        var after = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await api.Admin.DataAsync($"{{ customers(first: 2, after: \"{after}\", orderBy: [DISPLAY_TEXT_ASC]) {{ {page} }} }}"))["customers"]!;
        Assert.Equal(["A3", "A4"], Names(second));
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var last = (await api.Admin.DataAsync($"{{ customers(last: 2, orderBy: [DISPLAY_TEXT_ASC]) {{ {page} }} }}"))["customers"]!;
        Assert.Equal(["A4", "A5"], Names(last));
        Assert.True(last["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var before = last["pageInfo"]!["startCursor"]!.GetValue<string>();
        var previous = (await api.Admin.DataAsync($"{{ customers(last: 2, before: \"{before}\", orderBy: [DISPLAY_TEXT_ASC]) {{ {page} }} }}"))["customers"]!;
        Assert.Equal(["A2", "A3"], Names(previous));
        Assert.True(previous["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customers_with_their_owner_and_last_activities_cost_the_same_few_statements_for_5_or_50(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        // Created through the API, so the admin (the key's user) owns them.
        var customers = (await api.Admin.DataAsync("mutation($inputs: [CustomerUpsertInput!]!) { upsertCustomers(inputs: $inputs) { id } }",
            new { inputs = Enumerable.Range(0, 50).Select(i => new { name = $"Customer {i:D2}", stage = "PROSPECT" }) }))["upsertCustomers"]!.AsArray();
        var activities = customers.SelectMany(c => Enumerable.Range(0, 7).Select(a => new { subject = $"Call {a}", customer = c!["id"]!.GetValue<string>() })).ToList();
        foreach (var batch in activities.Chunk(100))
        {
            await api.Admin.DataAsync("mutation($inputs: [ActivityUpsertInput!]!) { upsertActivities(inputs: $inputs) { id } }", new { inputs = batch });
        }
        const string query = """
            query($n: Int!) { customers(first: $n, orderBy: [DISPLAY_TEXT_ASC]) { nodes { name owner { name }
              activities(first: 5, orderBy: [CREATED_UTC_DESC]) { subject customer { name owner { id } } } } } }
            """;
        await api.Admin.DataAsync(query, new { n = 50 }); // caches warm: schema, permissions, settings

        var five = await api.Admin.DataAsync(query, new { n = 5 });
        var fewStatements = api.Statements.Last;
        var fifty = await api.Admin.DataAsync(query, new { n = 50 });
        var manyStatements = api.Statements.Last;

        var nodes = fifty["customers"]!["nodes"]!.AsArray();
        Assert.Equal(50, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(5, n!["activities"]!.AsArray().Count));
        Assert.Equal("admin", nodes[0]!["owner"]!["name"]!.GetValue<string>());
        Assert.Equal("Customer 00", nodes[0]!["activities"]![0]!["customer"]!["name"]!.GetValue<string>());
        Assert.Equal(5, five["customers"]!["nodes"]!.AsArray().Count);
        Assert.Equal(fewStatements, manyStatements);
        Assert.InRange(manyStatements, 1, 8);
    }

    private static IReadOnlyList<string> Names(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();
}
