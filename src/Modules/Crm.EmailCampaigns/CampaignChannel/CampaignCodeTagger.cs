using Crm.Campaigns;
using Crm.Core.Content.Store;
using Crm.EmailCampaigns.Tracking;

namespace Crm.EmailCampaigns.CampaignChannel;

/// <summary>
/// Links of an email campaign that belongs to a marketing campaign carry utm_campaign = the campaign's Code (with
/// utm_medium=email and utm_source=crm), so web tracking and the web-to-lead form attribute the visit and the lead to it.
/// </summary>
public sealed class CampaignCodeTagger(LinkedCampaigns linked) : ILinkTagger
{
    public async Task<IReadOnlyDictionary<string, string>> ParametersAsync(ContentItem campaign, CancellationToken cancellationToken) =>
        await linked.OfAsync(campaign, cancellationToken) is { } marketing && marketing.Text(CampaignModel.Code) is { } code
            ? new Dictionary<string, string>
            {
                ["utm_source"] = CampaignChannelFeature.UtmSource, ["utm_medium"] = CampaignChannelFeature.UtmMedium, ["utm_campaign"] = code,
            }
            : new Dictionary<string, string>();
}
