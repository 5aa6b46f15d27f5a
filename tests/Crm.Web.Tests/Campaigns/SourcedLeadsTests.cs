using Crm.Campaigns.Services;
using Crm.Core.Data;
using Crm.Dashboard.Kpis;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Campaigns.CampaignFixture;

namespace Crm.Web.Tests.Campaigns;

/// <summary>
/// Leads per campaign and month come from one grouped count over the whole period (not one statement per month: that read
/// the sourced customers once per month, 12 times for a year), with each customer's month taken in the tenant's time zone.
/// </summary>
public sealed class SourcedLeadsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lead_counts_in_the_month_it_was_created_in_the_tenants_time_zone(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var campaign = await CampaignAsync(crm, "Winter", "winter", "Web", 90);
        await crm.CreateAsync("Customer", $$"""{ "Name": "early", "SourceCampaign": "{{campaign}}" }"""); // 2026-11-23 09:00 in Seoul
        // 14:00 UTC on the 30th is 23:00 in Seoul, still November; 16:00 UTC is 01:00 on 1 December there.
        await crm.AdvanceAsync(TimeSpan.FromDays(7) + TimeSpan.FromHours(14));
        await crm.CreateAsync("Customer", $$"""{ "Name": "late evening", "SourceCampaign": "{{campaign}}" }""");
        await crm.AdvanceAsync(TimeSpan.FromHours(2));
        await crm.CreateAsync("Customer", $$"""{ "Name": "after midnight", "SourceCampaign": "{{campaign}}" }""");
        await crm.CreateAsync("Customer", """{ "Name": "walk-in" }""");

        var leads = await crm.RunAsync(s => s.GetRequiredService<SourcedLeads>()
            .ByMonthAsync(new KpiPeriod(new DateOnly(2026, 11, 1), new DateOnly(2027, 1, 1)), null, CancellationToken.None));
        var one = await crm.RunAsync(s => s.GetRequiredService<SourcedLeads>()
            .ByMonthAsync(new KpiPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1)), campaign, CancellationToken.None));

        Assert.Equal([((campaign, new DateOnly(2026, 11, 1)), 2L), ((campaign, new DateOnly(2026, 12, 1)), 1L)],
            leads.OrderBy(l => l.Key.Month).Select(l => (l.Key, l.Value)));
        Assert.Equal([((campaign, new DateOnly(2026, 12, 1)), 1L)], one.Select(l => (l.Key, l.Value)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_years_report_runs_the_same_few_statements_as_a_months(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await CreateAsync(crm);

        async Task<int> StatementsAsync(KpiPeriod period) => await crm.RunAsync(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            await s.GetRequiredService<RoiReports>().ForAsync(period, null, CancellationToken.None); // definitions and settings cached
            var before = db.CommandCount;
            await s.GetRequiredService<RoiReports>().ForAsync(period, null, CancellationToken.None);
            return db.CommandCount - before;
        });

        Assert.Equal(await StatementsAsync(new KpiPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1))),
            await StatementsAsync(new KpiPeriod(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 1))));
    }
}
