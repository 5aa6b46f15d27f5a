using Crm.Campaigns.Models;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Opportunities.Services;

namespace Crm.Campaigns.Services;

/// <summary>The tenant's campaigns as the figures need them (a tenant runs hundreds, not millions, so they are read whole, page by page).</summary>
public sealed class CampaignDirectory(ContentQuery query)
{
    public async Task<IReadOnlyList<CampaignInfo>> AllAsync(CancellationToken cancellationToken)
    {
        var campaigns = new List<CampaignInfo>();
        string? after = null;
        do
        {
            var page = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = CampaignModel.Campaign, OrderBy = ["Id"], First = ContentQueryRequest.MaxPageSize, After = after, Count = CountMode.None,
            }, cancellationToken);
            campaigns.AddRange(page.Items.Select(Info));
            after = page.HasMore ? page.NextCursor : null;
        }
        while (after is not null);
        return campaigns;
    }

    public static CampaignInfo Info(ContentItem campaign) => new(
        campaign.Id,
        campaign.Text(CampaignModel.Name) ?? campaign.DisplayText,
        campaign.Text(CampaignModel.Code),
        campaign.Text(CampaignModel.Channel),
        (int)(ItemValues.Number(campaign, CampaignModel.AttributionWindowDays) ?? CampaignModel.DefaultAttributionWindowDays));
}
