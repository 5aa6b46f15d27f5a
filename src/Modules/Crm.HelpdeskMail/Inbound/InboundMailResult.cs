namespace Crm.HelpdeskMail.Inbound;

/// <param name="Duplicate">The same Message-ID came before: this is that earlier outcome, nothing new was made.</param>
/// <param name="Note">Why it was ignored, or what else happened (reopened, unknown number).</param>
public sealed record InboundMailResult(InboundOutcome Outcome, string? TicketId, string? CommentId, bool Duplicate, string? Note);
