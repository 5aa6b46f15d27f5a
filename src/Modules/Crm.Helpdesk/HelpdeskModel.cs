namespace Crm.Helpdesk;

/// <summary>The names the module's recipe gives its types, fields and options, for the code that keeps them (and for the modules that build on tickets).</summary>
public static class HelpdeskModel
{
    public const string FeatureId = "Crm.Helpdesk";

    public const string Ticket = "Ticket";
    public const string TicketComment = "TicketComment";
    public const string TicketLabel = "TicketLabel";
    public const string CallLog = "CallLog";

    /// <summary>Ticket numbers T-2026-000123 (the kernel's document numbers; <c>DocumentNumbers.FindIn(subject, TicketPrefix)</c> reads one back).</summary>
    public const string TicketPrefix = "T";

    public const string Number = "Number";

    /// <summary>When the ticket came in: the New step's time (SLA due times count from it; the SLA report groups by its month).</summary>
    public const string NewAt = "NewAt";
    public const string Subject = "Subject";
    public const string Description = "Description";
    public const string Customer = "Customer";
    public const string Channel = "Channel";
    public const string Priority = "Priority";
    public const string Status = "Status";
    public const string Assignee = "Assignee";
    public const string Team = "Team";
    public const string Labels = "Labels";
    public const string ReopenReason = "ReopenReason";
    public const string ReopenCount = "ReopenCount";
    public const string FirstRespondedAt = "FirstRespondedAt";
    public const string FirstResponseDueAt = "FirstResponseDueAt";
    public const string ResolutionDueAt = "ResolutionDueAt";
    public const string FirstResponseBreached = "FirstResponseBreached";
    public const string ResolutionBreached = "ResolutionBreached";

    public const string CommentTicket = "Ticket";
    public const string CommentKind = "Kind";
    public const string CommentBody = "Body";
    /// <summary>A staff member's answer to the customer: the ticket's first one is its first response.</summary>
    public const string Reply = "Reply";

    public const string Direction = "Direction";
    public const string PhoneNumber = "PhoneNumber";
    public const string CalledAt = "CalledAt";
    public const string DurationMinutes = "DurationMinutes";
    public const string Result = "Result";
    public const string Notes = "Notes";
    public const string CallTicket = "Ticket";
    public const string CallLogField = "CallLog";

    public const string Phone = "Phone";
    public const string Inbound = "Inbound";

    /// <summary>The events the module publishes to workflows (correlation: the ticket's id); the TicketSla workflow waits for them.</summary>
    public const string RespondedEvent = "ticket-responded";
    public const string ResolvedEvent = "ticket-resolved";
}
