using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Opportunities.Models;
using Crm.Opportunities.Services;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Opportunities;

/// <summary>The weighted forecast: Σ amount × stage probability of the open opportunities, by expected close month and owner.</summary>
public sealed class ForecastTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_forecast_weighs_each_open_opportunity_by_its_stage_and_sums_them_per_month_and_owner(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (_, kim, lee) = await PipelineAsync(crm);

        var rows = await crm.RunAsync(s => s.GetRequiredService<SalesForecast>().ForAsync(3, null, CancellationToken.None));

        Assert.Equal(
        [
            new ForecastRow(new DateOnly(2026, 11, 1), kim, "kim", "KRW", 2, 15_345_678, 6_472_839), // 12,345,678 × 50% + 3,000,000 × 10%
            new ForecastRow(new DateOnly(2026, 11, 1), lee, "lee", "KRW", 1, 1_000_001, 200_000), // × 20% = 200,000.2
            new ForecastRow(new DateOnly(2026, 12, 1), null, null, "KRW", 1, 100_000, 80_000), // nobody's
            new ForecastRow(new DateOnly(2026, 12, 1), lee, "lee", "KRW", 2, 666_666, 333_333), // 2 × 166,666.5, rounded once
            new ForecastRow(new DateOnly(2027, 1, 1), kim, "kim", "KRW", 1, 5_000_000, 4_000_000), // × 80%
        ], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_forecast_screen_and_the_api_show_everyone_to_managers_their_own_to_reps_and_nothing_to_others(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (kimBrowser, kim, _) = await PipelineAsync(crm);
        var (agent, _) = await crm.StaffAsync("agent", "Agent");
        var admin = await crm.AdminAsync();
        const string query = "{ salesForecast(months: 3) { month owner ownerName currency opportunities amount weightedAmount } }";

        var screen = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/opportunities/forecast?months=3"));
        Assert.Contains("<canvas data-chart=\"{\"type\":\"bar\",\"labels\":[\"2026-11\",\"2026-12\",\"2027-01\"]", screen);
        Assert.Contains("chart.umd.min.js", screen);
        Assert.Contains("<td data-forecast-total>6,672,839</td>", screen); // November: kim 6,472,839 + lee 200,000
        Assert.Contains("<td data-forecast-total>413,333</td>", screen); // December

        var everyone = (await new GraphQLClient(admin, null).GetAsync(query)).Json!["data"]!["salesForecast"]!.AsArray();
        Assert.Equal(5, everyone.Count);
        Assert.Equal(("2026-11-01", "kim", 6_472_839m), (everyone[0]!["month"]!.GetValue<string>(), everyone[0]!["ownerName"]!.GetValue<string>(), everyone[0]!["weightedAmount"]!.GetValue<decimal>()));

        var own = (await new GraphQLClient(kimBrowser, null).GetAsync(query)).Json!["data"]!["salesForecast"]!.AsArray();
        Assert.Equal([kim, kim], own.Select(r => r!["owner"]!.GetValue<string>()));
        Assert.Contains("Your opportunities only", await kimBrowser.GetStringAsync("/admin/opportunities/forecast"));

        Assert.Contains("/admin/opportunities/forecast", await kimBrowser.GetStringAsync("/admin")); // in the menu of those who may see it
        Assert.DoesNotContain("/admin/opportunities/forecast", await agent.GetStringAsync("/admin"));
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/admin/opportunities/forecast")).StatusCode);
        var denied = await new GraphQLClient(agent, null).GetAsync(query);
        Assert.Equal("FORBIDDEN", denied.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reps_dashboard_shows_their_open_pipeline_per_stage_in_pipeline_order(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (kimBrowser, _, _) = await PipelineAsync(crm);

        var card = WebUtility.HtmlDecode(await kimBrowser.GetStringAsync("/admin")).Split("id=\"widget-my-pipeline\"")[1].Split("</section>")[0];
        var rows = Regex.Matches(card, "<tr class=\"pipeline-row\" data-stage=\"(\\w+)\">\\s*<td>[^<]*</td>\\s*<td class=\"text-end\">(\\d+)</td>\\s*<td class=\"text-end\">([^<]*)</td>\\s*<td class=\"text-end\">([^<]*)</td>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value));

        Assert.Equal( // all of Kim's open deals, whenever they close; the one without an amount counts but adds nothing
        [
            ("Qualification", "1", "3,000,000 KRW", "300,000 KRW"),
            ("Proposal", "4", "20,345,678 KRW", "10,172,839 KRW"),
            ("Negotiation", "1", "5,000,000 KRW", "4,000,000 KRW"),
        ], rows);
    }

    /// <summary>
    /// Kim's and Lee's pipeline (SalesReps) on Monday 2026-11-23, plus what the forecast must leave out: closed deals, a
    /// deal past its month, one beyond the three months, one without an amount.
    /// </summary>
    private static async Task<(HttpClient KimBrowser, string Kim, string Lee)> PipelineAsync(CrmRecipeHost crm)
    {
        var (kimBrowser, kim) = await crm.StaffAsync("kim", "SalesRep");
        var (_, lee) = await crm.StaffAsync("lee", "SalesRep");
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        async Task DealAsync(string? owner, string stage, string close, decimal? amount, string extra = "") =>
            await crm.CreateAsync("Opportunity", $$"""
                { "Name": "{{stage}} {{close}}", "Customer": "{{acme.Id}}", "Stage": "{{stage}}", "ExpectedCloseDate": "{{close}}"{{(amount is null ? "" : $", \"Amount\": {amount}")}}{{extra}} }
                """, owner);

        await DealAsync(kim, "Proposal", "2026-11-30", 12_345_678);
        await DealAsync(kim, "Qualification", "2026-11-05", 3_000_000);
        await DealAsync(kim, "Negotiation", "2027-01-15", 5_000_000);
        await DealAsync(lee, "NeedsAnalysis", "2026-11-15", 1_000_001);
        await DealAsync(lee, "Proposal", "2026-12-10", 333_333);
        await DealAsync(lee, "Proposal", "2026-12-20", 333_333);
        await DealAsync(null, "Negotiation", "2026-12-01", 100_000);

        await DealAsync(kim, "Won", "2026-11-20", 9_999_999);
        await DealAsync(lee, "Lost", "2026-11-20", 9_999_999, ", \"LostReason\": \"Budget cut\"");
        await DealAsync(kim, "Proposal", "2026-10-31", 7_000_000);
        await DealAsync(kim, "Proposal", "2027-02-01", 1_000_000);
        await DealAsync(kim, "Proposal", "2026-11-10", null);
        return (kimBrowser, kim, lee);
    }
}
