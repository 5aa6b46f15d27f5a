using Crm.Core.Content.Store;

namespace Crm.EmailCampaigns.CampaignChannel;

/// <summary>
/// Keeps the sending cost where the email campaign says: when its campaign or its cost per email changes after mail went
/// out, the cost lines are written again (moved to the new campaign, or gone when the link is removed); a deleted email
/// campaign takes its cost lines with it.
/// </summary>
public sealed class EmailCostHandler(LinkedCampaigns linked, EmailCostLines costs) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != EmailCampaignModel.EmailCampaign) return;
        var relevant = change.Kind switch
        {
            ContentEventKind.Updated => change.ChangedFields.Any(f => f.Field.Name is CampaignChannelFeature.Campaign or CampaignChannelFeature.CostPerEmail),
            ContentEventKind.Deleted or ContentEventKind.Restored => true,
            _ => false,
        };
        if (!relevant || !await linked.EnabledAsync(cancellationToken)) return;
        if (change.Kind == ContentEventKind.Deleted) await costs.RemoveAsync(change.Item.Id, cancellationToken);
        else await costs.WriteAsync(change.Item, cancellationToken);
    }
}
