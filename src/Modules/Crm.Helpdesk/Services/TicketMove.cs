namespace Crm.Helpdesk.Services;

/// <summary>The one-click moves of the helpdesk screens (each is an ordinary ticket update, so the step rules apply).</summary>
public enum TicketMove
{
    /// <summary>Assign to me: a New ticket becomes Assigned.</summary>
    Take,

    /// <summary>To In progress (taking it when nobody has it).</summary>
    Start,
    Resolve,
    Close,

    /// <summary>A resolved or closed ticket back to In progress, with a reason.</summary>
    Reopen,
}
