using Crm.Core.Modules;

[assembly: Module("Crm.Email", Name = "Email", Description = "Sends email through the tenant's SMTP server, via the outbox.", Category = "Communication")]
[assembly: Feature("Crm.Email", Name = "Email",
    Description = "SMTP settings per tenant (/admin/email), a test button, and email other modules and workflows queue; without an SMTP server, mail is kept as .eml files.",
    Category = "Communication", Dependencies = ["Crm.Users"])]
