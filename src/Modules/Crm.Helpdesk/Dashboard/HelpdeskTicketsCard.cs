using Crm.Helpdesk.Models;

namespace Crm.Helpdesk.Dashboard;

public sealed record HelpdeskTicketsCard(IReadOnlyList<TicketRow> Mine, bool MoreMine, IReadOnlyList<TicketRow> Unassigned, bool MoreUnassigned);
