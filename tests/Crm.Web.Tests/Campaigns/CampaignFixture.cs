using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Campaigns;

/// <summary>
/// Three campaigns with known answers, every customer created on Monday 23 November 2026 (09:00 in Seoul):
/// Search (keyword ad, 90-day window) costs 1,000,000 in November and 500,000 in December; Expo (trade show, 30-day window)
/// 2,000,000 in November; Mailing (email) nothing. Orders on either side of each window's edge, before the sourcing, of an
/// unsourced customer, cancelled, and one on monthly billing over three months.
/// </summary>
public sealed class CampaignFixture
{
    public required string Search { get; init; }
    public required string Expo { get; init; }
    public required string Mailing { get; init; }
    public required IReadOnlyDictionary<string, string> Customers { get; init; }

    public static async Task<CampaignFixture> CreateAsync(CrmRecipeHost crm)
    {
        var search = await CampaignAsync(crm, "Search", "search", "KeywordAd", 90);
        var expo = await CampaignAsync(crm, "Expo", "expo", "TradeShow", 30);
        var mailing = await CampaignAsync(crm, "Mailing", "mail", "Email", 90);
        await CostAsync(crm, search, "2026-11-01", 1_000_000);
        await CostAsync(crm, search, "2026-12-15", 500_000); // any day of the month: kept as 2026-12-01
        await CostAsync(crm, expo, "2026-11-01", 2_000_000);

        var customers = new Dictionary<string, string>();
        async Task CustomerAsync(string name, string? campaign, string? keyword = null) =>
            customers[name] = (await crm.CreateAsync("Customer", new JsonObject { ["Name"] = name, ["SourceCampaign"] = campaign, ["SourceKeyword"] = keyword }.ToJsonString())).Id;
        await CustomerAsync("c1", search, "crm");
        await CustomerAsync("c2", search);
        await CustomerAsync("c3", search);
        await CustomerAsync("c4", expo);
        await CustomerAsync("c5", mailing);
        await CustomerAsync("c6", null);
        await CustomerAsync("c7", search);
        await CustomerAsync("c8", expo);
        await CustomerAsync("c9", search);

        async Task OrderAsync(string customer, string date, int amount, string billing = "OneOff", int term = 1, string status = "Open") =>
            await crm.CreateAsync("SalesOrder", new JsonObject
            {
                ["Customer"] = customers[customer], ["OrderDate"] = date, ["Amount"] = amount, ["BillingType"] = billing, ["TermMonths"] = term, ["Status"] = status,
            }.ToJsonString());
        await OrderAsync("c1", "2026-11-25", 3_000_000);
        await OrderAsync("c2", "2027-02-21", 800_000); // day 90 of Search's window: counts
        await OrderAsync("c3", "2027-02-22", 700_000); // day 91: does not
        await OrderAsync("c4", "2026-12-23", 1_000_000); // day 30 of Expo's window: counts
        await OrderAsync("c4", "2026-12-24", 5_000_000); // day 31: does not
        await OrderAsync("c5", "2026-12-01", 500_000); // a campaign without cost
        await OrderAsync("c6", "2026-11-30", 9_000_000); // no source campaign
        await OrderAsync("c7", "2026-11-22", 400_000); // the day before the customer was sourced
        await OrderAsync("c8", "2026-11-24", 1_200_000, "Monthly", 3); // 400,000 in November, December and January
        await OrderAsync("c9", "2026-11-26", 2_000_000, status: "Cancelled");
        return new CampaignFixture { Search = search, Expo = expo, Mailing = mailing, Customers = customers };
    }

    public static async Task<string> CampaignAsync(CrmRecipeHost crm, string name, string code, string channel, int window) =>
        (await crm.CreateAsync("Campaign", new JsonObject
        {
            ["Name"] = name, ["Code"] = code, ["Channel"] = channel, ["StartDate"] = "2026-11-01", ["AttributionWindowDays"] = window, ["Status"] = "Active",
        }.ToJsonString())).Id;

    public static Task CostAsync(CrmRecipeHost crm, string campaign, string month, decimal amount) =>
        crm.CreateAsync("CampaignCost", new JsonObject { ["Campaign"] = campaign, ["Month"] = month, ["Amount"] = amount }.ToJsonString());

    /// <summary>An API line as a person reads it: "label leads/buyers KRW cost→revenue roi" (roi "—" without cost).</summary>
    public static string Describe(JsonNode line) =>
        $"{line["label"]!.GetValue<string>()} {line["leads"]!.GetValue<int>()}/{line["buyers"]!.GetValue<int>()}" + string.Concat(line["figures"]!.AsArray().Select(f =>
            $" {f!["currency"]!.GetValue<string>()} {Number(f["cost"])}→{Number(f["revenue"])} {(f["roi"] is { } roi ? Number(roi) : "—")}"));

    private static string Number(JsonNode? node) => node!.GetValue<decimal>().ToString("0.####", CultureInfo.InvariantCulture);
}
