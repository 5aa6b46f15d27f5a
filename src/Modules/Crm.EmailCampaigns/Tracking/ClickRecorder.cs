using Crm.Core.Data;
using Crm.EmailCampaigns.Sending;

namespace Crm.EmailCampaigns.Tracking;

/// <summary>
/// Records a recipient's click: the first one stamps the row (and tells the <see cref="IRecipientListener"/>s, in the
/// same transaction); later clicks change nothing. The row's guard (clicked_utc still empty) makes the first click one
/// click only, even when two arrive at once.
/// </summary>
public sealed class ClickRecorder(RecipientStore store, TenantDb db, IEnumerable<IRecipientListener> listeners)
{
    public async Task RecordAsync(string token, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (await store.FirstClickAsync(token, at, cancellationToken) && await store.ByTokenAsync(token, cancellationToken) is { } recipient)
        {
            foreach (var listener in listeners) await listener.FirstClickAsync(recipient, at, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
