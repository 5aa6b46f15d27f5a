namespace Crm.Helpdesk.Models;

public sealed record ReopenPage(string TicketId, string Title, int Version, string? Reason, string? Error, string? ReturnUrl);
