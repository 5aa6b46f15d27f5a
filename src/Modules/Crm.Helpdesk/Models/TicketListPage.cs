namespace Crm.Helpdesk.Models;

/// <param name="Kind">"queue" or "mine": which buttons a row gets.</param>
public sealed record TicketListPage(string Kind, string Title, IReadOnlyList<TicketRow> Rows, bool HasMore, TimeZoneInfo Zone, string? Notice);
