using Crm.Core.Modules;

[assembly: Module("Crm.Helpdesk", Name = "Helpdesk", Description = "Tickets in five steps with SLA targets and escalation, and the phone call log.", Category = "Support")]
[assembly: Feature("Crm.Helpdesk", Name = "Helpdesk",
    Description = "Ticket (numbered, five steps New → Assigned → In progress → Resolved → Closed, reopen with a reason, labels, comments), CallLog and TicketLabel types; the unassigned queue, my tickets and the board; SLA targets per priority with breach flags, the SLA report and the TicketSla escalation workflow (edit it in the designer); calls found by phone number and turned into tickets.",
    Category = "Support", Dependencies = ["Crm.Customers", "Crm.Workflows"])]
