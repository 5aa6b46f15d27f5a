using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>The table helpdesk_surveys.</summary>
public sealed class SurveyStore(TenantDb db)
{
    private const string Columns =
        "id AS Id, ticket_id AS TicketId, agent_id AS AgentId, recipient AS Recipient, sent_utc AS SentUtc, expires_utc AS ExpiresUtc, answered_utc AS AnsweredUtc, score AS Score, comment AS Comment";

    /// <summary>Adds the ticket's survey; false when the ticket has one already (a ticket is surveyed once).</summary>
    public async Task<bool> AddAsync(Survey survey, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            """
            INSERT INTO helpdesk_surveys (id, ticket_id, agent_id, recipient, sent_utc, expires_utc)
            VALUES (@Id, @TicketId, @AgentId, @Recipient, @SentUtc, @ExpiresUtc) ON CONFLICT (ticket_id) DO NOTHING
            """, survey, cancellationToken) == 1;

    public Task<Survey?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<Survey>($"SELECT {Columns} FROM helpdesk_surveys WHERE id = @id", new { id }, cancellationToken);

    /// <summary>Records the answer if the survey is still open at <paramref name="now"/>; false when it was answered or expired meanwhile.</summary>
    public async Task<bool> AnswerAsync(string id, int score, string? comment, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "UPDATE helpdesk_surveys SET answered_utc = @now, score = @score, comment = @comment WHERE id = @id AND answered_utc IS NULL AND expires_utc > @now",
            new { id, score, comment, now = DateTimeFieldKind.Canonical(now) }, cancellationToken) == 1;
}
