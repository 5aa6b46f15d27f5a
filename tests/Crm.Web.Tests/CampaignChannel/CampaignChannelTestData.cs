using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Web.Tests.EmailCampaigns;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Crm.Web.Tests.CampaignChannel;

/// <summary>A marketing campaign, an email campaign that belongs to it, and the reader's side of the mail (its tracked links).</summary>
internal static class CampaignChannelTestData
{
    public const string Code = "nov-mail";

    /// <summary>"November mail": an Email campaign with a 30-day window.</summary>
    public static Task<string> MarketingCampaignAsync(CrmRecipeHost crm) => Campaigns.CampaignFixture.CampaignAsync(crm, "November mail", Code, "Email", 30);

    /// <summary>The email campaign of <see cref="EmailCampaignTestData.CampaignAsync"/>, in <paramref name="campaign"/> (none: null) at 100 KRW per email.</summary>
    public static async Task<ContentItem> EmailCampaignAsync(CrmRecipeHost crm, string? campaign)
    {
        var mail = await crm.CampaignAsync();
        var values = new JsonObject { ["CostPerEmail"] = 100 };
        if (campaign is not null) values["Campaign"] = campaign;
        return await crm.UpdateAsync(mail, values.ToJsonString());
    }

    /// <summary>The mail's tracked link of each recipient, by the address it went to (app-relative).</summary>
    public static async Task<Dictionary<string, string>> LinksAsync(CrmRecipeHost crm) =>
        (await crm.QueuedMailAsync()).ToDictionary(m => m.To.Single(), m => EmailCampaignTestData.PathOf(Assert.Single(EmailCampaignTestData.TrackedLinks(m))));

    /// <summary>The URL a tracked link sends the reader to.</summary>
    public static string TargetOf(string trackedPath) => QueryHelpers.ParseQuery(new Uri("https://x" + trackedPath).Query)["u"].ToString();

    public static async Task<JsonNode> RoiAsync(HttpClient user, string? campaign = null) =>
        (await new GraphQLClient(user, null).DataAsync("""
            query($campaign: ID) { campaignRoi(from: "2026-11-01", to: "2026-12-31", campaign: $campaign) {
              total { label leads buyers figures { currency cost revenue roi } }
              byCampaign { label leads buyers figures { currency cost revenue roi } } } }
            """, new { campaign }))["campaignRoi"]!;
}
