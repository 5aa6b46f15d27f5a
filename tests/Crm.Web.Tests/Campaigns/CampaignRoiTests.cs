using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Campaigns.CampaignFixture;

namespace Crm.Web.Tests.Campaigns;

/// <summary>
/// ROI per campaign, channel and month on <see cref="CampaignFixture"/>: revenue counted as the Sales KPIs count it, only
/// from sourced customers' orders inside each campaign's attribution window, with "—" where there is no cost.
/// </summary>
public sealed class CampaignRoiTests
{
    private const string RoiQuery = """
        query($campaign: ID) { campaignRoi(from: "2026-11-01", to: "2027-02-28", campaign: $campaign) {
          from to
          total { label leads buyers figures { currency cost revenue roi } }
          byCampaign { label leads buyers figures { currency cost revenue roi } }
          byChannel { key label leads buyers figures { currency cost revenue roi } }
          byMonth { label leads buyers figures { currency cost revenue roi } } } }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_marketer_sees_roi_per_campaign_channel_and_month_computed_from_the_orders(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await CreateAsync(crm);
        var (marketer, _) = await crm.StaffAsync("mia", "Marketer");

        var roi = (await new GraphQLClient(marketer, null).DataAsync(RoiQuery))["campaignRoi"]!;

        Assert.Equal(("2026-11-01", "2027-02-28"), (roi["from"]!.GetValue<string>(), roi["to"]!.GetValue<string>()));
        // 3,500,000 spent; 3,800,000 (Search) + 2,200,000 (Expo) + 500,000 (Mailing) attributed; eight sourced leads, five of them bought.
        Assert.Equal("Total 8/5 KRW 3500000→6500000 0.8571", Describe(roi["total"]!));
        Assert.Equal(
        [
            "Expo 2/2 KRW 2000000→2200000 0.1", // c4's day-30 order and c8's three monthly parts; c4's day-31 order is outside
            "Mailing 1/1 KRW 0→500000 —", // no cost: no ROI
            "Search 5/2 KRW 1500000→3800000 1.5333", // c1 and c2 (day 90); not c3 (day 91), c7 (before sourcing) or c9 (cancelled)
        ], roi["byCampaign"]!.AsArray().Select(l => Describe(l!)));
        Assert.Equal(
        [
            "KeywordAd Keyword ad 5/2 KRW 1500000→3800000 1.5333",
            "Email Email 1/1 KRW 0→500000 —",
            "TradeShow Trade show 2/2 KRW 2000000→2200000 0.1",
        ], roi["byChannel"]!.AsArray().Select(l => $"{l!["key"]!.GetValue<string>()} {Describe(l)}"));
        Assert.Equal(
        [
            "2026-11 8/2 KRW 3000000→3400000 0.1333", // c1's 3,000,000 and c8's first 400,000
            "2026-12 0/3 KRW 500000→1900000 2.8", // c4, c5 and c8
            "2027-01 0/1 KRW 0→400000 —", // c8's last part (recognised revenue, as in the Sales KPIs)
            "2027-02 0/1 KRW 0→800000 —", // c2
        ], roi["byMonth"]!.AsArray().Select(l => Describe(l!)));

        // The screen shows the same figures and says how they are counted.
        var screen = WebUtility.HtmlDecode(await marketer.GetStringAsync("/admin/campaigns/roi?from=2026-11&to=2027-02"));
        Assert.Contains("Revenue of a month: the revenue recognised in that month", screen);
        Assert.Equal(["Expo 2 2 KRW 2,000,000 2,200,000 10.0%", "Mailing 1 1 KRW 0 500,000 —", "Search 5 2 KRW 1,500,000 3,800,000 153.3%"],
            Rows(screen, "roi-campaigns"));
        Assert.Equal("2026-12 0 3 KRW 500,000 1,900,000 280.0%", Rows(screen, "roi-months")[1]);
        Assert.Contains("data-chart=", screen);
        Assert.Contains("/lib/chart.js/chart.umd.min.js", screen);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_campaigns_page_shows_its_own_figures_and_the_list_shows_each_campaigns(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var fixture = await CreateAsync(crm);
        var (marketer, _) = await crm.StaffAsync("mia", "Marketer");

        var api = (await new GraphQLClient(marketer, null).DataAsync(RoiQuery, new { campaign = fixture.Expo }))["campaignRoi"]!;
        Assert.Equal("Total 2/2 KRW 2000000→2200000 0.1", Describe(api["total"]!));

        var page = WebUtility.HtmlDecode(await marketer.GetStringAsync($"/admin/campaigns/{fixture.Search}?from=2026-11&to=2027-02"));
        Assert.Equal(["Total 5 2 KRW 1,500,000 3,800,000 153.3%"], Rows(page, "campaign-total"));
        Assert.Equal(["2026-11 5 1 KRW 1,000,000 3,000,000 200.0%", "2026-12 0 0 KRW 500,000 0 -100.0%", "2027-01 0 0 — — — —", "2027-02 0 1 KRW 0 800,000 —"],
            Rows(page, "campaign-months"));

        var list = WebUtility.HtmlDecode(await marketer.GetStringAsync("/admin/campaigns?from=2026-11&to=2027-02"));
        Assert.Matches("Search.*?1,500,000 KRW.*?3,800,000 KRW.*?153.3%", Regex.Replace(list, "\\s+", " "));
        Assert.Equal(400, (int)(await marketer.GetAsync("/admin/campaigns/roi?from=2027-02&to=2026-11")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await marketer.GetAsync("/admin/campaigns/01JXXXXXXXXXXXXXXXXXXXXXXX")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_window_starts_on_the_day_the_customer_was_created_in_the_tenants_time_zone(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var campaign = await CampaignAsync(crm, "Late", "late", "Web", 0);
        // 16:00 UTC on the 23rd is 01:00 on the 24th in Seoul: an order dated the 23rd was before the customer came.
        await crm.AdvanceAsync(TimeSpan.FromHours(16));
        var early = (await crm.CreateAsync("Customer", $$"""{ "Name": "night owl", "SourceCampaign": "{{campaign}}" }""")).Id;
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{early}}", "OrderDate": "2026-11-23", "Amount": 100000 }""");
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{early}}", "OrderDate": "2026-11-24", "Amount": 200000 }"""); // day 0 of a 0-day window
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{early}}", "OrderDate": "2026-11-25", "Amount": 400000 }""");
        var admin = await crm.AdminAsync();

        var roi = (await new GraphQLClient(admin, null).DataAsync("""{ campaignRoi(from: "2026-11-01", to: "2026-11-30") { total { label leads buyers figures { currency cost revenue roi } } } }"""))["campaignRoi"]!;

        Assert.Equal("Total 1/1 KRW 0→200000 —", Describe(roi["total"]!));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_the_source_keyword_field_the_figures_stay_and_without_the_source_campaign_they_are_empty(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await CreateAsync(crm);
        var admin = await crm.AdminAsync();
        const string Total = """{ campaignRoi(from: "2026-11-01", to: "2027-02-28") { total { label leads buyers figures { currency cost revenue roi } } } }""";

        await crm.RunAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Crm.Core.Content.Definitions.ContentDefinitionManager>(s).RemoveFieldAsync("Customer", "SourceKeyword"));
        Assert.Equal("Total 8/5 KRW 3500000→6500000 0.8571", Describe((await new GraphQLClient(admin, null).DataAsync(Total))["campaignRoi"]!["total"]!));

        await crm.RunAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Crm.Core.Content.Definitions.ContentDefinitionManager>(s).RemoveFieldAsync("Customer", "SourceCampaign"));
        Assert.Equal("Total 0/0 KRW 3500000→0 -1", Describe((await new GraphQLClient(admin, null).DataAsync(Total))["campaignRoi"]!["total"]!));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/campaigns/roi")).StatusCode);
    }

    /// <summary>Each table row's cell texts (a row per currency; the label and counts span them).</summary>
    private static List<string> Rows(string page, string tableId)
    {
        var start = page.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No table {tableId}.");
        var table = page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
        return Regex.Matches(table, "<tr class=\"roi-row\"[^>]*>(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => string.Join(" ", Regex.Matches(m.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline)
                .Select(c => Regex.Replace(c.Groups[1].Value, "<[^>]+>", "").Trim())))
            .ToList();
    }
}
