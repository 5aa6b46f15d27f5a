using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Outbox;

/// <summary>
/// The SQL of the outbox (used by <see cref="Outbox"/> and <see cref="OutboxProcessor"/>). A claim sets a lease and counts an attempt; every outcome is written only while the claim
/// (its lease stamp) is still the message's, so a node whose lease ran out cannot overwrite the node that took over.
/// </summary>
public sealed class OutboxStore(TenantDb db)
{
    private const string Columns = "id, kind, payload, correlation, status, attempts, next_attempt_utc, lease_until, last_error, created_utc, completed_utc, result";
    private const int MaxErrorLength = 4000;

    public Task InsertAsync(string id, string kind, JsonObject payload, string? correlation, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            "INSERT INTO outbox_messages (id, kind, payload, correlation, status, attempts, next_attempt_utc, created_utc) " +
            "VALUES (@id, @kind, @payload, @correlation, @status, 0, @now, @now)",
            new { id, kind, payload = payload.ToJsonString(), correlation, status = nameof(OutboxStatus.Pending), now = Stamp(now) }, cancellationToken);

    public async Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM outbox_messages WHERE id = @id", new { id }, cancellationToken);
        return row?.ToMessage();
    }

    public async Task<IReadOnlyList<OutboxMessage>> FindByCorrelationAsync(string correlation, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<Row>(
            $"SELECT {Columns} FROM outbox_messages WHERE correlation = @correlation ORDER BY id", new { correlation }, cancellationToken);
        return rows.Select(r => r.ToMessage()).ToList();
    }

    /// <summary>Up to <paramref name="limit"/> due, unclaimed Pending messages, now leased and with one more attempt counted.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(DateTimeOffset now, string lease, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<Row>(
            "UPDATE outbox_messages SET lease_until = @lease, attempts = attempts + 1 WHERE id IN (" +
            "SELECT id FROM outbox_messages WHERE status = @pending AND next_attempt_utc <= @now AND (lease_until IS NULL OR lease_until < @now) " +
            $"ORDER BY next_attempt_utc LIMIT @limit {db.Dialect.ClaimLockSuffix}) RETURNING {Columns}",
            new { now = Stamp(now), lease, limit, pending = nameof(OutboxStatus.Pending) }, cancellationToken);
        return rows.Select(r => r.ToMessage()).OrderBy(m => m.NextAttemptUtc).ToList();
    }

    /// <summary>Records the end of a claimed message (Sent or Failed); false when the claim was lost.</summary>
    public async Task<bool> CompleteAsync(OutboxMessage ended, string lease, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "UPDATE outbox_messages SET status = @status, completed_utc = @completed, result = @result, last_error = @error, lease_until = NULL " +
            "WHERE id = @id AND lease_until = @lease",
            new
            {
                id = ended.Id, lease, status = ended.Status.ToString(), completed = ended.CompletedUtc is { } c ? Stamp(c) : null,
                result = ended.Result?.ToJsonString(), error = Truncate(ended.LastError),
            }, cancellationToken) == 1;

    /// <summary>Puts a claimed message back to wait until <paramref name="next"/>; <paramref name="countAttempt"/> false un-counts the claim's attempt.</summary>
    public async Task<bool> RescheduleAsync(string id, string lease, DateTimeOffset next, string error, bool countAttempt, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            $"UPDATE outbox_messages SET next_attempt_utc = @next, last_error = @error, lease_until = NULL{(countAttempt ? "" : ", attempts = attempts - 1")} " +
            "WHERE id = @id AND lease_until = @lease",
            new { id, lease, next = Stamp(next), error = Truncate(error) }, cancellationToken) == 1;

    /// <summary>When the earliest Pending message is next due (a claimed one when its lease runs out), or null.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var due = await db.ExecuteScalarAsync<string?>(
            "SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_attempt_utc THEN lease_until ELSE next_attempt_utc END) " +
            "FROM outbox_messages WHERE status = @pending", new { pending = nameof(OutboxStatus.Pending) }, cancellationToken);
        return due is null ? null : Parse(due);
    }

    public static string Stamp(DateTimeOffset instant) => DateTimeFieldKind.Canonical(instant);

    private static DateTimeOffset Parse(string stamp) => DateTimeOffset.Parse(stamp, System.Globalization.CultureInfo.InvariantCulture);

    private static string? Truncate(string? text) => text is { Length: > MaxErrorLength } ? text[..MaxErrorLength] : text;

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Payload { get; set; } = "{}";
        public string? Correlation { get; set; }
        public string Status { get; set; } = "";
        public int Attempts { get; set; }
        public string NextAttemptUtc { get; set; } = "";
        public string? LeaseUntil { get; set; }
        public string? LastError { get; set; }
        public string CreatedUtc { get; set; } = "";
        public string? CompletedUtc { get; set; }
        public string? Result { get; set; }

        public OutboxMessage ToMessage() => new()
        {
            Id = Id,
            Kind = Kind,
            Payload = JsonNode.Parse(Payload)!.AsObject(),
            Correlation = Correlation,
            Status = Enum.Parse<OutboxStatus>(Status),
            Attempts = Attempts,
            NextAttemptUtc = Parse(NextAttemptUtc),
            LastError = LastError,
            CreatedUtc = Parse(CreatedUtc),
            CompletedUtc = CompletedUtc is null ? null : Parse(CompletedUtc),
            Result = Result is null ? null : JsonNode.Parse(Result)!.AsObject(),
        };
    }
}
