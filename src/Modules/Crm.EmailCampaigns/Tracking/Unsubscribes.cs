using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.EmailCampaigns.Sending;
using Microsoft.Extensions.Logging;

namespace Crm.EmailCampaigns.Tracking;

/// <summary>
/// The unsubscribe link of a recipient: sets the customer's EmailOptOut (its time is stamped by <see cref="Services.OptOutPreparer"/>)
/// and notes the unsubscribe on the recipient row, together. Every later campaign skips the customer.
/// </summary>
public sealed class Unsubscribes(RecipientStore store, ContentManager content, TenantDb db, TimeProvider clock, ILogger<Unsubscribes> logger)
{
    /// <returns>The recipient of the token, or null for a token that is not one.</returns>
    public async Task<Recipient?> FindAsync(string token, CancellationToken cancellationToken) =>
        RecipientTokens.IsWellFormed(token) ? await store.ByTokenAsync(token, cancellationToken) : null;

    /// <returns>False for a token that is not a recipient's.</returns>
    public async Task<bool> UnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } recipient) return false;
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (await content.GetAsync(recipient.CustomerId, cancellationToken: cancellationToken) is { } customer && customer.Text(EmailCampaignModel.EmailOptOut) != "true")
        {
            try
            {
                await content.UpdateAsync(customer.Id, new JsonObject { [EmailCampaignModel.EmailOptOut] = true }, customer.Version, cancellationToken);
            }
            catch (ContentValidationException e)
            {
                // The Customer type lost its consent field: the unsubscribe is still kept on the recipient row.
                logger.LogWarning("Unsubscribe of customer {Customer} not stored on the customer: {Error}", customer.Id, e.Message);
            }
        }
        await store.UnsubscribedAsync(recipient.Id, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
