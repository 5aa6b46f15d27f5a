using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.HelpdeskMail.Imap;

/// <summary>The poll's one row in helpdesk_imap_poll.</summary>
public sealed class ImapPollStore(TenantDb db)
{
    public async Task<ImapPollState?> GetAsync(CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ImapPollState>(
            "SELECT next_utc AS NextUtc, last_utc AS LastUtc, last_count AS LastCount, last_error AS LastError FROM helpdesk_imap_poll WHERE id = 1", null, cancellationToken);

    /// <summary>Poll at <paramref name="next"/> (now, after the settings change).</summary>
    public Task DueAsync(DateTimeOffset next, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            "INSERT INTO helpdesk_imap_poll (id, next_utc, last_count) VALUES (1, @next, 0) ON CONFLICT (id) DO UPDATE SET next_utc = excluded.next_utc",
            new { next = DateTimeFieldKind.Canonical(next) }, cancellationToken);

    public Task RecordAsync(DateTimeOffset polled, DateTimeOffset next, int count, string? error, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO helpdesk_imap_poll (id, next_utc, last_utc, last_count, last_error) VALUES (1, @next, @polled, @count, @error)
            ON CONFLICT (id) DO UPDATE SET next_utc = excluded.next_utc, last_utc = excluded.last_utc, last_count = excluded.last_count, last_error = excluded.last_error
            """,
            new { next = DateTimeFieldKind.Canonical(next), polled = DateTimeFieldKind.Canonical(polled), count, error = error is { Length: > 1000 } ? error[..1000] : error },
            cancellationToken);
}
