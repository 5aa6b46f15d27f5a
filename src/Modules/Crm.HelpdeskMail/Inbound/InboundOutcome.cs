namespace Crm.HelpdeskMail.Inbound;

/// <summary>What became of an inbound mail.</summary>
public enum InboundOutcome
{
    /// <summary>A new ticket (channel Email).</summary>
    Ticket,

    /// <summary>The customer's message on the ticket named in the subject.</summary>
    Comment,

    /// <summary>Machine mail or our own: nothing made.</summary>
    Ignored,
}
