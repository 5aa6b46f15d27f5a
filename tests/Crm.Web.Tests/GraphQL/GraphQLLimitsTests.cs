using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.GraphQL;

/// <summary>Each limit refuses with its own code before anything expensive runs.</summary>
public sealed class GraphQLLimitsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_over_deep_query_is_refused_before_it_runs(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var nested = "subject";
        for (var i = 0; i < 7; i++) nested = $"customer {{ activities(first: 1) {{ {nested} }} }}";

        var answer = await api.Admin.PostAsync($"{{ activities(first: 1) {{ nodes {{ {nested} }} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", answer.Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_query_asking_for_too_many_values_is_refused_and_a_normal_one_is_not(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var huge = await api.Admin.PostAsync("{ customers(first: 200) { nodes { name activities(first: 200) { subject customer { name email phone } } } } }");
        var normal = await api.Admin.PostAsync("{ customers(first: 50) { nodes { name owner { name } activities(first: 5) { subject dueAt } } } }");

        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", huge.Code);
        Assert.Empty(normal.Errors);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_query_text_sent_before_is_still_checked_against_each_requests_variables(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        const string query = "query($n: Int) { customers(first: $n) { nodes { name activities(first: $n) { subject customer { name email phone } } } } }";

        var small = await api.Admin.PostAsync(query, new { n = 5 });
        var again = await api.Admin.PostAsync(query, new { n = 5 });
        var huge = await api.Admin.PostAsync(query, new { n = 200 });
        var wrongType = await api.Admin.PostAsync(query, new { n = "five" });
        var afterwards = await api.Admin.PostAsync(query, new { n = 5 });

        Assert.Empty(small.Errors);
        Assert.Equal(small.Text, again.Text);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", huge.Code);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Contains("$n", wrongType.Errors.Single()["message"]!.GetValue<string>());
        Assert.Empty(afterwards.Errors);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Page_sizes_and_upsert_batches_have_limits(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var page = await api.Admin.PostAsync("{ customers(first: 201) { totalCount } }");
        var both = await api.Admin.PostAsync("{ customers(first: 2, last: 2) { totalCount } }");
        var batch = await api.Admin.PostAsync("mutation($inputs: [CustomerUpsertInput!]!) { upsertCustomers(inputs: $inputs) { id } }",
            new { inputs = Enumerable.Range(0, 101).Select(i => new { name = $"C{i}" }) });

        Assert.Equal("PAGE_SIZE_EXCEEDED", page.Code);
        Assert.Equal("first", page.Errors[0]["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal("INVALID_ARGUMENT", both.Code);
        Assert.Equal("BATCH_TOO_LARGE", batch.Code);
        Assert.Equal(0, await api.Content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_filter_or_cursor_names_the_argument(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var cursor = await api.Admin.PostAsync("""{ customers(after: "not-a-cursor") { totalCount } }""");
        var empty = await api.Admin.PostAsync("""{ customers(where: { name: { contains: "" } }) { totalCount } }""");

        Assert.Equal("INVALID_FILTER", cursor.Code);
        Assert.Equal("after", cursor.Errors[0]["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal("where.name.contains", empty.Errors.Single()["extensions"]!["field"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_standard_introspection_query_passes_but_recursive_introspection_does_not(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var recursive = "name";
        for (var i = 0; i < 6; i++) recursive = $"fields {{ type {{ {recursive} }} }}";

        var standard = await api.Admin.PostAsync(IntrospectionQuery.Text);
        var blowUp = await api.Admin.PostAsync($"{{ __schema {{ types {{ {recursive} }} }} }}");

        Assert.Empty(standard.Errors);
        Assert.NotEmpty(standard.Data!["__schema"]!["types"]!.AsArray());
        Assert.Contains(blowUp.Code, new[] { "MAX_COMPLEXITY_EXCEEDED", "MAX_DEPTH_EXCEEDED" });
    }
}
