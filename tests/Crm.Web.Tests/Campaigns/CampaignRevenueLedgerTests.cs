using System.Text.Json.Nodes;
using Crm.Campaigns.Models;
using Crm.Campaigns.Services;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Dashboard.Kpis;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Campaigns;

/// <summary>
/// The ROI screen reads the attributed revenue kept per customer (campaign_revenue). Whatever can move an order's campaign
/// marks its customer stale in the same transaction, so after every kind of change the kept rows are exactly what working
/// the attribution out from the orders gives, and the kept leads what counting the sourced customers gives.
/// </summary>
public sealed class CampaignRevenueLedgerTests
{
    private static readonly DateOnly First = new(2020, 1, 1);
    private static readonly DateOnly End = new(2030, 1, 1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_every_change_the_kept_revenue_is_what_the_orders_give(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var fixture = await CampaignFixture.CreateAsync(crm);
        var c = fixture.Customers;
        var kept = await AssertKeptAsync(crm, "the fixture");
        Assert.Contains(kept, r => r.Customer == c["c1"] && r.Campaign == fixture.Search && r.Keyword == "crm" && r.Amount == 3_000_000);
        Assert.DoesNotContain(kept, r => r.Customer == c["c3"]); // day 91 of a 90-day window

        var order = (await crm.ItemsAsync("SalesOrder", $"Customer:eq:{c["c3"]}")).Single();
        await crm.UpdateAsync(order, """{ "OrderDate": "2027-02-20" }""");
        Assert.Contains(await AssertKeptAsync(crm, "an order re-dated into the window"), r => r.Customer == c["c3"] && r.Amount == 700_000);

        var cancelled = (await crm.ItemsAsync("SalesOrder", $"Customer:eq:{c["c1"]}")).Single();
        await crm.UpdateAsync(cancelled, """{ "Status": "Cancelled" }""");
        Assert.DoesNotContain(await AssertKeptAsync(crm, "an order cancelled"), r => r.Customer == c["c1"]);

        await crm.UpdateAsync(await crm.GetAsync(c["c6"]), $$"""{ "SourceCampaign": "{{fixture.Expo}}" }""");
        await crm.CreateAsync("Customer", $$"""{ "Name": "c10", "SourceCampaign": "{{fixture.Mailing}}" }"""); // a new lead, no orders yet
        Assert.Contains(await AssertKeptAsync(crm, "a source campaign set"), r => r.Customer == c["c6"] && r.Campaign == fixture.Expo);

        Assert.True(await crm.RunAsync(s => s.GetRequiredService<MemberResponses>()
            .RespondOnceAsync(fixture.Mailing, c["c4"], "clicked", DateTimeOffset.Parse("2026-12-24T01:00:00Z"), CancellationToken.None)));
        Assert.Contains(await AssertKeptAsync(crm, "a response"), r => r.Customer == c["c4"] && r.Campaign == fixture.Mailing && r.Amount == 5_000_000);

        await crm.UpdateAsync(await crm.GetAsync(fixture.Expo), """{ "AttributionWindowDays": 0 }""");
        Assert.DoesNotContain(await AssertKeptAsync(crm, "a window narrowed"), r => r.Campaign == fixture.Expo && r.Customer == c["c4"]);

        // c4's orders (and its response) move to c2, whose source campaign's 90-day window holds the order of day 31.
        var (keep, merge) = (await crm.GetAsync(c["c2"]), await crm.GetAsync(c["c4"]));
        await crm.RunAsync(s => s.GetRequiredService<ContentMerger>().MergeAsync(keep.Id, keep.Version, merge.Id, merge.Version));
        Assert.Contains(await AssertKeptAsync(crm, "two customers merged"), r => r.Customer == c["c2"] && r.Campaign == fixture.Search && r.Amount == 5_000_000);

        var deleted = await crm.RunAsync(async s => await s.GetRequiredService<ContentManager>().DeleteAsync(c["c5"], (await crm.GetAsync(c["c5"])).Version));
        Assert.DoesNotContain(await AssertKeptAsync(crm, "a customer deleted"), r => r.Customer == c["c5"]);
        await crm.RunAsync(s => s.GetRequiredService<ContentManager>().RestoreAsync(deleted.Id, deleted.Version));
        Assert.Contains(await AssertKeptAsync(crm, "a customer restored"), r => r.Customer == c["c5"]);

        await crm.RunAsync(async s => await s.GetRequiredService<ContentManager>().DeleteAsync(fixture.Search, (await crm.GetAsync(fixture.Search)).Version));
        Assert.DoesNotContain(await AssertKeptAsync(crm, "a campaign deleted"), r => r.Campaign == fixture.Search);

        // c6, sourced by Expo (now a 0-day window), becomes Mailing's (90 days): its order of day 7 counts.
        var (mailing, expo) = (await crm.GetAsync(fixture.Mailing), await crm.GetAsync(fixture.Expo));
        await crm.RunAsync(s => s.GetRequiredService<ContentMerger>().MergeAsync(mailing.Id, mailing.Version, expo.Id, expo.Version));
        Assert.Contains(await AssertKeptAsync(crm, "two campaigns merged"), r => r.Customer == c["c6"] && r.Campaign == fixture.Mailing && r.Amount == 9_000_000);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_time_zone_works_every_customer_out_again(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var expo = await CampaignFixture.CampaignAsync(crm, "Expo", "expo", "TradeShow", 0);
        // Created at 2026-11-23 00:00 UTC: the 23rd in London, the 22nd in Los Angeles. A 0-day window holds only that day.
        var customer = (await crm.CreateAsync("Customer", $$"""{ "Name": "visitor", "SourceCampaign": "{{expo}}" }""")).Id;
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{customer}}", "OrderDate": "2026-11-22", "Amount": 100000 }""");
        await SetTimeZoneAsync(crm, "Europe/London");
        Assert.Empty(await AssertKeptAsync(crm, "London"));

        await SetTimeZoneAsync(crm, "America/Los_Angeles");
        await crm.RunDueAsync(); // the background notices the new zone without waiting for a report
        Assert.Equal(1, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM campaign_revenue"));
        Assert.Single(await AssertKeptAsync(crm, "Los Angeles"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customers_marked_stale_are_worked_out_in_the_background(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await CampaignFixture.CreateAsync(crm);
        await crm.RunAsync(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            await db.ExecuteAsync("DELETE FROM campaign_revenue");
            await s.GetRequiredService<CampaignRevenueLedger>().MarkAllAsync(CancellationToken.None);
            return 0;
        });
        Assert.Equal(9, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM campaign_revenue_stale"));

        await crm.RunDueAsync();

        Assert.Equal(0, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM campaign_revenue_stale"));
        Assert.NotEqual(0, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM campaign_revenue"));
        await AssertKeptAsync(crm, "after the background run");
    }

    /// <summary>The kept rows (read as the ROI screen reads them) equal the attribution and leads worked out from the orders and customers.</summary>
    private static async Task<IReadOnlyList<AttributedRow>> AssertKeptAsync(CrmRecipeHost crm, string after)
    {
        var period = new KpiPeriod(First, End.AddMonths(-1));
        var (kept, computed, keptLeads, computedLeads) = await crm.RunAsync(async s =>
        {
            var campaigns = (await s.GetRequiredService<CampaignDirectory>().AllAsync(CancellationToken.None)).ToDictionary(c => c.Id);
            var ledger = s.GetRequiredService<CampaignRevenueLedger>();
            Assert.True(await ledger.CatchUpAsync(campaigns, CancellationToken.None));
            return (await ledger.RevenueAsync(First, End, null, CancellationToken.None),
                await s.GetRequiredService<AttributedRevenue>().RowsAsync(First, End, campaigns, null, CancellationToken.None),
                await ledger.LeadsAsync(First, End, null, CancellationToken.None),
                await s.GetRequiredService<SourcedLeads>().ByMonthAsync(period, null, CancellationToken.None));
        });
        Assert.True(Sorted(computed).SequenceEqual(Sorted(kept)),
            $"After {after}: kept {string.Join("; ", Sorted(kept))} but the orders give {string.Join("; ", Sorted(computed))}");
        Assert.Equal(computedLeads.OrderBy(l => l.Key).ToList(), keptLeads.OrderBy(l => l.Key).ToList());
        Assert.Equal(0, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM campaign_revenue_stale"));
        return kept;
    }

    private static IEnumerable<AttributedRow> Sorted(IEnumerable<AttributedRow> rows) =>
        rows.OrderBy(r => r.Customer, StringComparer.Ordinal).ThenBy(r => r.OrderDate).ThenBy(r => r.Month).ThenBy(r => r.Campaign, StringComparer.Ordinal).ThenBy(r => r.Amount);

    private static Task SetTimeZoneAsync(CrmRecipeHost crm, string zone) =>
        crm.RunAsync(async s =>
        {
            await s.GetRequiredService<SiteSettings>().SetAsync("TimeZone", JsonValue.Create(zone));
            return 0;
        });
}
