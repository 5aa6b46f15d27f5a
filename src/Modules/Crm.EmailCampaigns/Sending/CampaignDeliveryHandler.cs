using Crm.Core.Outbox;
using Crm.Core.Scheduling;
using Crm.Email.Services;

namespace Crm.EmailCampaigns.Sending;

/// <summary>
/// Ends a campaign recipient when the outbox ends its email (Sent, or Failed with the last error), in the transaction that
/// records the outcome, and wakes the tenant so <see cref="CampaignSender"/> can close a campaign whose last mail this was.
/// </summary>
public sealed class CampaignDeliveryHandler(RecipientStore store, DueWork dueWork, TimeProvider clock) : IOutboxCompletionHandler
{
    public async Task CompletedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Kind != EmailSender.OutboxKind || message.Correlation is not { } correlation || !correlation.StartsWith(CampaignDispatch.CorrelationPrefix, StringComparison.Ordinal)) return;
        var recipientId = correlation[CampaignDispatch.CorrelationPrefix.Length..];
        var sent = message.Status == OutboxStatus.Sent;
        await store.EndAsync(recipientId, sent ? RecipientStatus.Sent : RecipientStatus.Failed, sent ? null : message.LastError, sent ? message.CompletedUtc ?? clock.GetUtcNow() : null,
            cancellationToken);
        await dueWork.ScheduleAsync(clock.GetUtcNow(), cancellationToken);
    }
}
