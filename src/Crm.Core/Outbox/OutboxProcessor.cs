using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Scheduling;
using Crm.Core.Tenants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Core.Outbox;

/// <summary>
/// Delivers the tenant's due outbox messages when the scheduler wakes it: claims a batch (with a lease; on PostgreSQL
/// rows another node holds are skipped), hands each to its kind's handler outside any transaction, and records Sent,
/// a retry after an exponential backoff, or Failed once the attempts run out. Answers when the next message is due.
/// </summary>
public sealed class OutboxProcessor(
    OutboxStore store,
    OutboxHandlers handlers,
    TenantDb db,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger) : IDueWorkProcessor
{
    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lease = OutboxStore.Stamp(now + settings.Lease);
        var claimed = await store.ClaimAsync(now, lease, settings.BatchSize, cancellationToken);
        if (claimed.Count > 0)
        {
            var enabled = await handlers.EnabledAsync(cancellationToken);
            foreach (var message in claimed) await DeliverAsync(message, enabled, lease, cancellationToken);
        }
        // A full batch means more may be due now: the scheduler comes straight back.
        return claimed.Count == settings.BatchSize ? clock.GetUtcNow() : await store.NextDueAsync(cancellationToken);
    }

    private async Task DeliverAsync(OutboxMessage message, OutboxHandlers.Enabled enabled, string lease, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (enabled.Handler(message.Kind) is not { } handler)
        {
            var note = $"No handler for outbox messages of kind '{message.Kind}' is enabled in this tenant; the message waits until one is.";
            await store.RescheduleAsync(message.Id, lease, clock.GetUtcNow() + settings.UnhandledRetryDelay, note, countAttempt: false, cancellationToken);
            return;
        }

        JsonObject? result;
        try
        {
            result = await handler.DeliverAsync(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // shutting down: the lease runs out and another run retries the message
        }
        catch (OutboxPermanentException e)
        {
            logger.LogWarning(e, "Outbox message {Id} ({Kind}) cannot be delivered", message.Id, message.Kind);
            await EndAsync(message with { Status = OutboxStatus.Failed, LastError = e.Message }, enabled, lease, cancellationToken);
            return;
        }
        catch (Exception e)
        {
            var error = $"{e.GetType().Name}: {e.Message}";
            if (message.Attempts >= settings.MaxAttempts)
            {
                logger.LogWarning(e, "Outbox message {Id} ({Kind}) failed after {Attempts} attempts", message.Id, message.Kind, message.Attempts);
                await EndAsync(message with { Status = OutboxStatus.Failed, LastError = error }, enabled, lease, cancellationToken);
            }
            else
            {
                var next = clock.GetUtcNow() + settings.RetryDelay(message.Attempts);
                logger.LogInformation("Outbox message {Id} ({Kind}) attempt {Attempt} failed ({Error}); next attempt at {Next:o}", message.Id, message.Kind, message.Attempts, error, next);
                await store.RescheduleAsync(message.Id, lease, next, error, countAttempt: true, cancellationToken);
            }
            return;
        }
        await EndAsync(message with { Status = OutboxStatus.Sent, Result = result, LastError = null }, enabled, lease, cancellationToken);
    }

    /// <summary>Records the outcome and tells the completion handlers, in one transaction (see <see cref="IOutboxCompletionHandler"/>).</summary>
    private async Task EndAsync(OutboxMessage ended, OutboxHandlers.Enabled enabled, string lease, CancellationToken cancellationToken)
    {
        ended = ended with { CompletedUtc = clock.GetUtcNow() };
        try
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            if (!await store.CompleteAsync(ended, lease, cancellationToken))
            {
                logger.LogWarning("Outbox message {Id} was delivered after its claim expired; the node that took it over decides its outcome", ended.Id);
                return;
            }
            foreach (var listener in enabled.CompletionHandlers) await listener.CompletedAsync(ended, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "A completion handler of outbox message {Id} failed; the outcome is recorded without it", ended.Id);
            var note = $"Completion handler failed: {e.GetType().Name}: {e.Message}";
            await store.CompleteAsync(ended with { LastError = ended.LastError is null ? note : ended.LastError + "\n" + note }, lease, cancellationToken);
        }
    }
}
