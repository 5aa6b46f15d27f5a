using Crm.Core.Modules;

[assembly: Module("Crm.Helpdesk.Email", Name = "Helpdesk mail", Description = "Email to ticket (a relay endpoint and IMAP polling) and satisfaction surveys after a ticket is resolved.", Category = "Support")]
[assembly: Feature("Crm.Helpdesk.Email", Name = "Email to ticket",
    Description = "Mail sent to the support address becomes a ticket (channel Email), and a reply whose subject carries the ticket number becomes the customer's message on it: POST /api/helpdesk/inbound-mail for a relay (an API key with ReceiveHelpdeskMail), or IMAP polling set at /admin/helpdesk/mail.",
    Category = "Support", Dependencies = ["Crm.Helpdesk", "Crm.Email", "Crm.ApiKeys"])]
[assembly: Feature("Crm.Helpdesk.Satisfaction", Name = "Satisfaction surveys",
    Description = "When a ticket is resolved its customer gets an email with a single-use survey link (a rating from 1 to 5 and a comment); the CSAT report by agent and month.",
    Category = "Support", Dependencies = ["Crm.Helpdesk", "Crm.Email"])]
