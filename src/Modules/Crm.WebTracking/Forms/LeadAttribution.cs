using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.WebTracking.Storage;

namespace Crm.WebTracking.Forms;

/// <summary>
/// The lead's attribution from the visitor's first touch, for the Customer fields Crm.Campaigns defines: SourceKeyword
/// (the search keyword, else utm_term) and SourceCampaign (the Campaign whose Code is the utm_campaign, in any case). Looked up in the
/// definitions at run time: a tenant without those fields or without the Campaign type gets neither, and a campaign
/// code no Campaign has leaves SourceCampaign empty.
/// </summary>
public sealed class LeadAttribution(ContentQuery query)
{
    /// <summary>Campaigns whose code starts with the utm_campaign looked at for the one that equals it (SPRING26 among SPRING26-A, SPRING26-B…).</summary>
    private const int MaxCodeCandidates = 50;

    public async Task AddAsync(ContentDefinitions defs, ContentTypeDefinition customer, Visitor? visitor, JsonObject values, CancellationToken cancellationToken)
    {
        if (visitor is null) return;
        if (defs.FindField(customer, WebTrackingModel.SourceKeyword) is { } keywordField && (visitor.FirstKeyword ?? visitor.FirstUtmTerm) is { } keyword)
        {
            var max = keywordField.Field.Settings.MaxLength ?? keyword.Length;
            values[WebTrackingModel.SourceKeyword] = keyword.Length <= max ? keyword : keyword[..max];
        }
        if (defs.FindField(customer, WebTrackingModel.SourceCampaign) is { } campaignField
            && campaignField.Field.Settings.RelatedTypes.Contains(WebTrackingModel.Campaign, StringComparer.OrdinalIgnoreCase)
            && defs.FindType(WebTrackingModel.Campaign) is { } campaignType && defs.FindField(campaignType, WebTrackingModel.CampaignCode) is not null
            && visitor.FirstUtmCampaign is { } code)
        {
            // Campaign codes are unique regardless of case, and links are typed by hand: "spring26" finds SPRING26. The filter
            // language's equality is exact, its startsWith ignores case, so the exact match is picked from what that finds.
            var found = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = WebTrackingModel.Campaign,
                Filter = new FilterComparison(WebTrackingModel.CampaignCode, FilterOperator.StartsWith, JsonValue.Create(code), "$.Code", "$.Code"),
                OrderBy = ["CreatedUtc", "Id"],
                First = MaxCodeCandidates,
                Count = CountMode.None,
            }, cancellationToken);
            if (found.Items.FirstOrDefault(c => string.Equals(c.Text(WebTrackingModel.CampaignCode), code, StringComparison.OrdinalIgnoreCase)) is { } campaign)
            {
                values[WebTrackingModel.SourceCampaign] = campaign.Id;
            }
        }
    }
}
