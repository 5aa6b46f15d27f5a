using Crm.Campaigns;
using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.EmailCampaigns.CampaignChannel;

/// <summary>The marketing campaign an email campaign belongs to — when the feature is enabled and the link points at a campaign.</summary>
public sealed class LinkedCampaigns(FeatureManager features, ContentManager content)
{
    public Task<bool> EnabledAsync(CancellationToken cancellationToken) => features.IsEnabledAsync(CampaignChannelFeature.Id, cancellationToken);

    public async Task<ContentItem?> OfAsync(ContentItem emailCampaign, CancellationToken cancellationToken) =>
        emailCampaign.ContentType == EmailCampaignModel.EmailCampaign
        && emailCampaign.Text(CampaignChannelFeature.Campaign) is { } id
        && await EnabledAsync(cancellationToken)
        && await content.GetAsync(id, cancellationToken: cancellationToken) is { ContentType: CampaignModel.Campaign } campaign
            ? campaign
            : null;
}
