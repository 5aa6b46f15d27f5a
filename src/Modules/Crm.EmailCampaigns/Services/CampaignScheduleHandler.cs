using Crm.Core.Content.Store;
using Crm.Core.Scheduling;
using Crm.EmailCampaigns.Sending;

namespace Crm.EmailCampaigns.Services;

/// <summary>When a campaign is scheduled (or its time moves while scheduled), asks for the tenant to be woken at that time.</summary>
public sealed class CampaignScheduleHandler(DueWork dueWork) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != EmailCampaignModel.EmailCampaign || change.Item.Text(EmailCampaignModel.Status) != CampaignStatus.Scheduled) return;
        if (change.Item.Text(EmailCampaignModel.ScheduledAt) is not { } at) return;
        if (change.Before?.Text(EmailCampaignModel.Status) == CampaignStatus.Scheduled && change.Before.Text(EmailCampaignModel.ScheduledAt) == at) return;
        await dueWork.ScheduleAsync(RecipientStore.Parse(at), cancellationToken);
    }
}
