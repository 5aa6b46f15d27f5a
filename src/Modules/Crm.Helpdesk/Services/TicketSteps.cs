namespace Crm.Helpdesk.Services;

/// <summary>What <see cref="TicketStepRules"/> decided for a write: the ticket's step after it and the times the SLA rules read.</summary>
public sealed record TicketSteps(string Status, DateTimeOffset NewAt, DateTimeOffset? FirstRespondedAt, DateTimeOffset? ResolvedAt);
