using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

/// <summary>The compiled SQL must hit the expression indexes: the planner's own word, on both databases.</summary>
public sealed class ContentQueryPlanTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filter_on_an_indexed_field_uses_its_index(DatabaseProvider provider)
    {
        await using var content = await SeededAsync(provider);
        // Stage leads two indexes: its own and the composite one; either serves the filter.
        Assert.Matches("cx_customer_(customer_stage|stagegradeactivity)_", await PlanAsync(content, new ContentQueryRequest { ContentType = "Customer", Filter = FilterText.Parse("Stage:eq:Prospect") }));
        var inPlan = await PlanAsync(content, new ContentQueryRequest { ContentType = "Customer", Filter = FilterText.Parse("Email:in:a@x.example|b@x.example") });
        Assert.Contains("cx_customer_customer_email_", inPlan);
        Assert.Contains("cx_customer_customer_employees_", await PlanAsync(content, new ContentQueryRequest { ContentType = "Customer", Filter = FilterText.Parse("Employees:gt:100"), OrderBy = ["Employees"] }));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stage_and_grade_sorted_by_last_activity_uses_the_composite_index(DatabaseProvider provider)
    {
        await using var content = await SeededAsync(provider);
        var plan = await PlanAsync(content, new ContentQueryRequest
        {
            ContentType = "Customer", Filter = FilterJson.Parse("""{ "Stage": "Prospect", "Grade": "A" }"""), OrderBy = ["LastActivityAt desc"],
        });
        Assert.Contains("cx_customer_stagegradeactivity_", plan);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_relation_hop_uses_the_target_fields_index(DatabaseProvider provider)
    {
        await using var content = await SeededAsync(provider);
        var plan = await PlanAsync(content, new ContentQueryRequest { ContentType = "Activity", Filter = FilterText.Parse("Customer.Employees:gte:100"), OrderBy = ["DueAt desc"] });
        Assert.Contains("cx_customer_customer_employees_", plan);
    }

    [Fact]
    public async Task The_planner_knows_how_many_items_an_indexed_value_matches()
    {
        // PostgreSQL reads no statistics of a partial index's expressions: without the engine's statistics objects it takes
        // any "=" on a field to match 0.5 % of the table (here: 1 row), and picks indexes by that guess on large tables.
        await using var content = await SeededAsync(DatabaseProvider.Postgres);
        var plan = await content.RunAsync(async s =>
        {
            var compiled = await s.GetRequiredService<ContentQuery>().CompileAsync(new ContentQueryRequest { ContentType = "Customer", Filter = FilterText.Parse("Stage:eq:Prospect") });
            return string.Join(Environment.NewLine, await s.GetRequiredService<TenantDb>().QueryAsync<string>("EXPLAIN " + compiled.Sql, compiled.Parameters));
        });
        var estimate = int.Parse(Regex.Match(plan, @"rows=(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(estimate, 2, 8); // 4 of the 40 customers are prospects
    }

    /// <summary>A few dozen rows with statistics, as a live tenant has: planners choose by statistics, not by row counts of zero.</summary>
    private static async Task<ContentTestHost> SeededAsync(DatabaseProvider provider)
    {
        var content = await ContentTestHost.StartAsync(provider);
        for (var i = 0; i < 40; i++)
        {
            // A tenth are prospects: a filter that picks few items, where its index is the best way in (with statistics, the
            // planner knows that a value held by a third of the items is as well found by reading them all).
            var stage = i < 4 ? "Prospect" : i % 2 == 0 ? "Target" : "Customer";
            var customer = await content.CreateAsync("Customer", $$"""
                { "Name": "C{{i}}", "Email": "c{{i}}@x.example", "Stage": "{{stage}}", "Grade": "{{"ABC"[i % 3]}}", "Employees": {{i * 10}},
                  "LastActivityAt": "2026-11-{{10 + i % 15}}T00:00:00Z" }
                """);
            await content.CreateAsync("Activity", $$"""{ "Subject": "A{{i}}", "Customer": "{{customer.Id}}", "DueAt": "2026-12-{{10 + i % 15}}T00:00:00Z" }""");
        }
        await content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteAsync("ANALYZE content_items"));
        return content;
    }

    private static Task<string> PlanAsync(ContentTestHost content, ContentQueryRequest request) => content.RunAsync(async s =>
    {
        var compiled = await s.GetRequiredService<ContentQuery>().CompileAsync(request);
        var db = s.GetRequiredService<TenantDb>();
        if (db.Dialect.Provider == DatabaseProvider.Sqlite)
        {
            var rows = await db.QueryAsync<PlanRow>("EXPLAIN QUERY PLAN " + compiled.Sql, compiled.Parameters);
            return string.Join(Environment.NewLine, rows.Select(r => r.Detail));
        }
        await using var transaction = await db.BeginTransactionAsync();
        // On a few dozen rows a scan of the whole type is as cheap as anything; forbid it to see which index serves the filter.
        await db.ExecuteAsync("SET LOCAL enable_seqscan = off");
        await db.ExecuteAsync("SET LOCAL enable_bitmapscan = off");
        var lines = await db.QueryAsync<string>("EXPLAIN " + compiled.Sql, compiled.Parameters);
        return string.Join(Environment.NewLine, lines);
    });

    private sealed class PlanRow
    {
        public string Detail { get; set; } = "";
    }
}
