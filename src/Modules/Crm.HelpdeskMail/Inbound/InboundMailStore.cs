using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.HelpdeskMail.Inbound;

/// <summary>The table helpdesk_inbound_mail: one row per Message-ID, claimed before anything is made.</summary>
public sealed class InboundMailStore(TenantDb db)
{
    public const string SourceHttp = "http";
    public const string SourceImap = "imap";

    /// <summary>Claims the message's key in the open transaction; false when it was claimed before (a duplicate).</summary>
    public async Task<bool> ClaimAsync(InboundMail mail, string source, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            """
            INSERT INTO helpdesk_inbound_mail (message_id, received_utc, source, from_address, subject, outcome)
            VALUES (@key, @now, @source, @from, @subject, @outcome) ON CONFLICT (message_id) DO NOTHING
            """,
            new { key = mail.Key, now = DateTimeFieldKind.Canonical(now), source, from = Cut(mail.From.Address, 320), subject = Cut(mail.Subject, 500), outcome = "Pending" },
            cancellationToken) == 1;

    public Task RecordAsync(string key, InboundMailResult result, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            "UPDATE helpdesk_inbound_mail SET outcome = @outcome, ticket_id = @ticket, comment_id = @comment, note = @note WHERE message_id = @key",
            new { key, outcome = result.Outcome.ToString(), ticket = result.TicketId, comment = result.CommentId, note = Cut(result.Note, 500) }, cancellationToken);

    public async Task<InboundMailResult?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(
            "SELECT outcome AS Outcome, ticket_id AS TicketId, comment_id AS CommentId, note AS Note FROM helpdesk_inbound_mail WHERE message_id = @key",
            new { key }, cancellationToken);
        return row is null || !Enum.TryParse<InboundOutcome>(row.Outcome, out var outcome) ? null
            : new InboundMailResult(outcome, row.TicketId, row.CommentId, Duplicate: true, row.Note);
    }

    /// <summary>The sender of the ticket's latest mail: whom to answer when the ticket has no customer.</summary>
    public Task<string?> LatestSenderAsync(string ticketId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<string?>(
            "SELECT from_address FROM helpdesk_inbound_mail WHERE ticket_id = @ticketId AND from_address IS NOT NULL ORDER BY received_utc DESC LIMIT 1",
            new { ticketId }, cancellationToken);

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private sealed class Row
    {
        public string Outcome { get; set; } = "";
        public string? TicketId { get; set; }
        public string? CommentId { get; set; }
        public string? Note { get; set; }
    }
}
