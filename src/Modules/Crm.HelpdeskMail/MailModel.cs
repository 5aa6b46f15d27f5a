namespace Crm.HelpdeskMail;

/// <summary>Values of the helpdesk's types this module writes.</summary>
public static class MailModel
{
    /// <summary>TicketComment kind of a message from the customer (the Helpdesk recipe's option).</summary>
    public const string CustomerMessage = "CustomerMessage";

    /// <summary>The Ticket channel of mail.</summary>
    public const string EmailChannel = "Email";
}
