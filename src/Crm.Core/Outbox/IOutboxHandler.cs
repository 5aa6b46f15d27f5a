namespace Crm.Core.Outbox;

/// <summary>
/// Delivers the outbox messages of one <see cref="Kind"/> (register with <c>services.AddOutboxHandler&lt;T&gt;()</c>).
/// Resolved in a scope of the message's tenant, outside any transaction. Throwing counts as a failed attempt, retried with
/// backoff; <see cref="OutboxPermanentException"/> means retrying cannot help and the message fails at once. Delivery is
/// at least once (a node that dies mid-delivery has its claim expire), so a handler should make repeats harmless where it
/// can (e.g. a stable Message-ID built from <see cref="OutboxMessage.Id"/>).
/// </summary>
public interface IOutboxHandler
{
    string Kind { get; }

    /// <returns>What to record as the message's result (shown to admins, passed to completion handlers), or null.</returns>
    Task<System.Text.Json.Nodes.JsonObject?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
