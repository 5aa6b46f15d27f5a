using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Crm.Bench.Common;
using Crm.Campaigns.Services;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Dashboard.Kpis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Campaigns;

/// <summary>
/// Campaign ROI at scale (issue 9): N customers, 30 % sourced by 60 campaigns, 2.5 orders each (<see cref="CampaignBenchSeeder"/>).
/// Times the real services and screens — the ROI report for the last 12 months (campaign, channel, month and keyword lines
/// come from the one report), its three reads separately, one campaign's figures and page, the ROI screen, the campaign
/// list and the GraphQL campaignRoi query — each once cold (its first run in this process) and then warm. Not top-level
/// statements: those would declare a global Program that hides the host's.
/// </summary>
public static class EntryPoint
{
    private const string ApiKey = "bench-campaigns-admin-api-key-000000001";

    public static async Task<int> Main(string[] args)
    {
        if (!BenchArguments.TryParse(args, CampaignBenchOptions.Parse, out var options)) return 2;
        BenchHost.UseBinaryDirectory();
        var cancellationToken = CancellationToken.None;
        var note = $"crm-bench-campaigns v2: customers={options.Customers}";
        await using var storage = await BenchStorage.CreateAsync(options.Storage, note);
        await using var host = storage.DrivenHost(builder => builder.UseSetting("Crm:Admin:ApiKey", ApiKey));
        host.Start();
        await host.ActivateAsync();
        var output = Console.Out;
        output.WriteLine($"machine: {BenchMachine.Description}, load: {BenchMachine.LoadAverage()}, provider: {options.Storage.Provider}, customers: {options.Customers:N0}");
        DateOnly today;
        await using (var scope = host.TenantScope())
        {
            today = await scope.ServiceProvider.GetRequiredService<TenantCalendar>().TodayAsync(cancellationToken);
            if (!storage.Reused)
            {
                var seeding = Stopwatch.StartNew();
                await CampaignBenchSeeder.SeedAsync(host, options.Customers, today, cancellationToken);
                await storage.NoteSeedAsync(note);
                output.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:F0} s");
            }
            var db = scope.ServiceProvider.GetRequiredService<TenantDb>();
            var counts = await db.QueryAsync<(string, long)>(
                "SELECT content_type, COUNT(*) FROM content_items WHERE content_type IN ('Campaign', 'CampaignCost', 'Customer', 'SalesOrder', 'Revenue') GROUP BY content_type ORDER BY content_type",
                null, cancellationToken);
            output.WriteLine("data: " + string.Join(", ", counts.Select(c => $"{c.Item2:N0} {c.Item1}")));
        }

        await WorkOutKeptRevenueAsync(host, output, cancellationToken);

        var period = KpiPeriod.Ending(today, KpiPeriod.DefaultMonths);
        var (from, to) = (KpiPeriod.Month(period.FirstMonth), KpiPeriod.Month(period.LastMonth));
        var campaign = CampaignBenchSeeder.MeasuredCampaign;
        output.WriteLine($"period: {from} … {to} (12 months); measured campaign: {campaign} (a keyword ad); {options.Runs} warm runs after a cold one");
        var runs = options.Runs;

        await Measure.RunAsync(output, "ROI report, 12 months (service)", runs, () => InScopeAsync(host, async s =>
        {
            var report = await s.GetRequiredService<RoiReports>().ForAsync(period, null, cancellationToken);
            return $"{report.Campaigns.Count} campaigns, {report.Channels.Count} channels, {report.Months.Count} months, {report.Keywords.Count} keyword-months, " +
                   $"{report.Total.Leads:N0} leads, {report.Total.Buyers:N0} buyers, " + string.Join(" ", report.Total.Figures.Select(f => $"{f.Currency} {f.Cost:N0}→{f.Revenue:N0}"));
        }));
        await Measure.RunAsync(output, "  part: cost lines (CostLedger)", runs, () => InScopeAsync(host, async s =>
            $"{(await s.GetRequiredService<CostLedger>().LinesAsync(period.FirstMonth, period.End, null, cancellationToken)).Count} rows"));
        await Measure.RunAsync(output, "  part: kept revenue and leads (ledger)", runs, () => InScopeAsync(host, async s =>
        {
            var campaigns = (await s.GetRequiredService<CampaignDirectory>().AllAsync(cancellationToken)).ToDictionary(c => c.Id);
            var ledger = s.GetRequiredService<CampaignRevenueLedger>();
            if (!await ledger.CatchUpAsync(campaigns, cancellationToken)) throw new InvalidOperationException("The kept rows did not catch up.");
            return $"{(await ledger.RevenueAsync(period.FirstMonth, period.End, null, cancellationToken)).Count:N0} revenue rows, " +
                   $"{(await ledger.LeadsAsync(period.FirstMonth, period.End, null, cancellationToken)).Count} campaign-months of leads";
        }));
        await Measure.RunAsync(output, "  (revenue worked out: AttributedRevenue)", runs, () => InScopeAsync(host, async s =>
        {
            var campaigns = (await s.GetRequiredService<CampaignDirectory>().AllAsync(cancellationToken)).ToDictionary(c => c.Id);
            return $"{(await s.GetRequiredService<AttributedRevenue>().RowsAsync(period.FirstMonth, period.End, campaigns, null, cancellationToken)).Count:N0} rows";
        }));
        await Measure.RunAsync(output, "  (leads counted: SourcedLeads)", runs, () => InScopeAsync(host, async s =>
            $"{(await s.GetRequiredService<SourcedLeads>().ByMonthAsync(period, null, cancellationToken)).Count} campaign-months"));
        await Measure.RunAsync(output, "one campaign's figures, 12 months (service)", runs, () => InScopeAsync(host, async s =>
        {
            var report = await s.GetRequiredService<RoiReports>().ForAsync(period, campaign, cancellationToken);
            return $"{report.Total.Leads:N0} leads, {report.Total.Buyers:N0} buyers, {report.Keywords.Count} keyword-months";
        }));

        using var browser = await BenchSession.SignInAsync(host);
        await Measure.RunAsync(output, "GET /admin/campaigns/roi (the ROI screen)", runs, () => PageAsync(browser, $"/admin/campaigns/roi?from={from}&to={to}"));
        await Measure.RunAsync(output, "GET /admin/campaigns/{id} (a campaign's page)", runs, () => PageAsync(browser, $"/admin/campaigns/{campaign}"));
        await Measure.RunAsync(output, "GET /admin/campaigns (the list with figures)", runs, () => PageAsync(browser, "/admin/campaigns"));

        using var api = host.Client();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        var query = $$"""
            { campaignRoi(from: "{{from}}-01", to: "{{to}}-01") {
                total { leads buyers figures { currency cost revenue roi } }
                byCampaign { key leads buyers figures { currency cost revenue roi } }
                byChannel { key leads buyers figures { currency cost revenue roi } }
                byMonth { key leads buyers figures { currency cost revenue roi } }
                byKeyword { month keyword line { clicks figures { cost revenue roi } } } } }
            """;
        await Measure.RunAsync(output, "POST /api/graphql campaignRoi (12 months)", runs, async () =>
        {
            using var response = await api.PostAsJsonAsync("/api/graphql", new { query }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal)) throw new InvalidOperationException($"GraphQL: {(int)response.StatusCode} {body[..Math.Min(500, body.Length)]}");
            return (null, $"{body.Length:N0} bytes of JSON");
        });
        output.WriteLine($"load at the end: {BenchMachine.LoadAverage()}");
        return 0;
    }

    /// <summary>
    /// Runs the background work that works out the stale customers of the kept attributed revenue (all of them after a
    /// seed) until none is left, and prints how long that took: what an existing tenant's first rows cost.
    /// </summary>
    private static async Task WorkOutKeptRevenueAsync(BenchHost host, TextWriter output, CancellationToken cancellationToken)
    {
        long stale;
        await using (var scope = host.TenantScope())
        {
            await scope.ServiceProvider.GetRequiredService<CampaignRevenueLedger>().FollowBasisAsync(cancellationToken); // kept rows of an older basis are stale
            stale = await scope.ServiceProvider.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM campaign_revenue_stale", null, cancellationToken);
        }
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (true)
        {
            await using var scope = host.TenantScope();
            runs++;
            if (await scope.ServiceProvider.GetRequiredService<CampaignRevenueRefresh>().RunDueAsync(TimeProvider.System.GetUtcNow(), cancellationToken) is null) break;
        }
        output.WriteLine($"kept attributed revenue: {stale:N0} stale customers worked out in {watch.Elapsed.TotalSeconds:F1} s ({runs} background runs, " +
                         $"{(stale == 0 ? 0 : stale / Math.Max(0.001, watch.Elapsed.TotalSeconds)):N0} customers/s)");
    }

    /// <summary>The action in a fresh tenant scope (as a request has), with the statements it ran.</summary>
    private static async Task<(int? Statements, string Result)> InScopeAsync(BenchHost host, Func<IServiceProvider, Task<string>> action)
    {
        await using var scope = host.TenantScope();
        var result = await action(scope.ServiceProvider);
        return (scope.ServiceProvider.GetRequiredService<TenantDb>().CommandCount, result);
    }

    private static async Task<(int? Statements, string Result)> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        return (null, $"{body.Length:N0} bytes of HTML");
    }
}
