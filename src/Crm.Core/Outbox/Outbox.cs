using System.Text.Json.Nodes;
using Crm.Core.Scheduling;

namespace Crm.Core.Outbox;

/// <summary>
/// Where modules put side effects (email, HTTP calls): the message is written in the open transaction of the tenant's
/// database, so work that rolls back never sends, and the tenant is woken to deliver it once that transaction commits.
/// Delivery (by the <see cref="IOutboxHandler"/> of the message's kind) retries with exponential backoff.
/// </summary>
public sealed class Outbox(OutboxStore store, DueWork dueWork, TimeProvider clock)
{
    private const int MaxKindLength = 100;
    private const int MaxCorrelationLength = 200;

    /// <returns>The message's id (a ULID).</returns>
    public async Task<string> EnqueueAsync(string kind, JsonObject payload, string? correlation = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(kind) || kind.Length > MaxKindLength)
        {
            throw new ArgumentException($"An outbox message kind must be 1 to {MaxKindLength} characters.", nameof(kind));
        }
        ArgumentNullException.ThrowIfNull(payload);
        if (correlation is { Length: > MaxCorrelationLength })
        {
            throw new ArgumentException($"An outbox correlation must be at most {MaxCorrelationLength} characters.", nameof(correlation));
        }
        var now = clock.GetUtcNow();
        var id = Ulid.NewUlid(now).ToString();
        await store.InsertAsync(id, kind, payload, correlation, now, cancellationToken);
        await dueWork.ScheduleAsync(now, cancellationToken);
        return id;
    }

    public Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken = default) => store.FindAsync(id, cancellationToken);

    /// <summary>The messages enqueued with this correlation, oldest first.</summary>
    public Task<IReadOnlyList<OutboxMessage>> FindByCorrelationAsync(string correlation, CancellationToken cancellationToken = default) =>
        store.FindByCorrelationAsync(correlation, cancellationToken);
}
