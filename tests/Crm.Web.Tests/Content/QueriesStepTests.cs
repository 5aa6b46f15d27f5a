using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class QueriesStepTests
{
    private const string Queries = """
        { "name": "sales-queries", "steps": [ { "name": "Queries", "Queries": [
            { "Name": "ProspectsA", "ContentType": "Customer", "Filter": { "Stage": "Prospect", "Grade": "A" }, "OrderBy": [ "LastActivityAt desc" ] },
            { "Name": "ProspectActivities", "ContentType": "Activity", "Filter": { "field": "Customer.Stage", "op": "eq", "value": "Prospect" } }
        ] } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recipe_saves_queries_that_run_by_name_and_running_it_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var acme = await content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect", "Grade": "A", "LastActivityAt": "2026-11-01T00:00:00Z" }""");
        await content.CreateAsync("Customer", """{ "Name": "Bolt", "Stage": "Prospect", "Grade": "A", "LastActivityAt": "2026-11-05T00:00:00Z" }""");
        await content.CreateAsync("Customer", """{ "Name": "Core", "Stage": "Prospect", "Grade": "B" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{acme.Id}}" }""");

        for (var run = 0; run < 2; run++)
        {
            await content.RunAsync(async s => { await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(Queries, "sales-queries"), CancellationToken.None); return 0; });
        }

        var prospects = await content.RunAsync(s => s.GetRequiredService<SavedQueries>().RunAsync("ProspectsA"));
        Assert.Equal(["Bolt", "Acme"], prospects.Items.Select(i => i.DisplayText));
        Assert.Equal(new ContentCount(2, true), prospects.Count);
        var activities = await content.RunAsync(s => s.GetRequiredService<SavedQueries>().RunAsync("ProspectActivities"));
        Assert.Equal(["Call"], activities.Items.Select(i => i.DisplayText));
        Assert.Equal(2, await content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_queries")));

        var missing = await Assert.ThrowsAsync<FilterException>(() => content.RunAsync(s => s.GetRequiredService<SavedQueries>().RunAsync("Nope")));
        Assert.Contains("'Nope'", missing.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_fields_in_a_saved_query_are_recipe_errors_at_their_path(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        const string bad = """
            { "name": "bad-queries", "steps": [ { "name": "Queries", "Queries": [
                { "Name": "Fine", "ContentType": "Customer", "Filter": { "Stage": "Prospect" } },
                { "Name": "Broken", "ContentType": "Customer", "Filter": { "and": [ { "Stage": "Prospect" }, { "Stag": "Prospect" } ] }, "OrderBy": [ "Name" ] }
            ] } ] }
            """;

        var failure = await Assert.ThrowsAsync<RecipeException>(() => content.RunAsync(async s =>
        {
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(bad, "bad-queries"), CancellationToken.None);
            return 0;
        }));

        Assert.Equal(["$.steps[0].Queries[1].Filter.and[1].Stag", "$.steps[0].Queries[1].OrderBy[0]"], failure.Errors.Select(e => e.Path));
        Assert.All(failure.Errors, e => Assert.Equal(0, e.StepIndex));
        Assert.StartsWith("'Stag' is not a field of Customer", failure.Errors[0].Message);
        Assert.Equal(0, await content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_queries")));
    }

    [Fact]
    public async Task The_shape_of_a_queries_step_is_checked_with_the_recipe()
    {
        const string bad = """
            { "name": "bad-shape", "steps": [ { "name": "Queries", "Queries": [ { "ContentType": "Customer", "Filter": { "Stage": { "like": "P" } }, "OrderBy": [ 1 ] } ] } ] }
            """;
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        var errors = await content.RunAsync(s => Task.FromResult(s.GetRequiredService<RecipeValidator>().Validate(RecipeParser.Parse(bad, "bad-shape")).Select(e => e.ToString()).ToList()));
        Assert.Equal(
            [
                "step 0 at $.steps[0].Queries[0].Name: is required",
                "step 0 at $.steps[0].Queries[0].OrderBy[0]: must be a string",
                "step 0 at $.steps[0].Queries[0].Filter.Stage.like: unknown operator 'like'; operators: eq, ne, in, gt, gte, lt, lte, contains, startsWith, isNull",
            ],
            errors);
    }
}
