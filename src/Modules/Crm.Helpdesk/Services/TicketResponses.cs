namespace Crm.Helpdesk.Services;

/// <summary>
/// Tickets answered in the current request (a staff reply was posted): the ticket's next write in this scope stamps its
/// first response. The stamp is read-only for everyone else, so this is how a reply reaches it.
/// </summary>
public sealed class TicketResponses
{
    private readonly HashSet<string> _answered = new(StringComparer.OrdinalIgnoreCase);

    public void Answered(string ticketId) => _answered.Add(ticketId);

    public bool WasAnswered(string ticketId) => _answered.Contains(ticketId);

    public void Done(string ticketId) => _answered.Remove(ticketId);
}
