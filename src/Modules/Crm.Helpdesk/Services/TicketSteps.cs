namespace Crm.Helpdesk.Services;

/// <summary>What <see cref="TicketStepRules"/> decided for a write: the ticket's step after it and the times the SLA rules read.</summary>
/// <param name="ReopenedAt">When the ticket was last reopened, if ever.</param>
/// <param name="ReopenedNow">Whether this write reopened it.</param>
public sealed record TicketSteps(string Status, DateTimeOffset NewAt, DateTimeOffset? FirstRespondedAt, DateTimeOffset? ResolvedAt,
    DateTimeOffset? ReopenedAt = null, bool ReopenedNow = false);
