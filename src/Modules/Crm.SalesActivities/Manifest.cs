using Crm.Core.Modules;

[assembly: Module("Crm.SalesActivities", Name = "Sales activities", Description = "Calls, meetings, emails, tasks and other activities with customers; to-dos and overdue work.", Category = "Sales")]
[assembly: Feature("Crm.SalesActivities", Name = "Sales activities",
    Description = "The Activity type (history and to-dos), my to-dos and overdue screens, quick logging of a call or meeting from a customer's page; a completed activity updates its customer's last activity.",
    Category = "Sales", Dependencies = ["Crm.Customers"])]
[assembly: Feature("Crm.SalesReminders", Name = "Automatic sales reminders",
    Description = "Ships the SalesReminders workflow: each morning a customer past its next-contact date gets one to-do for its owner per quiet period; edit it in the designer.",
    Category = "Sales", Dependencies = ["Crm.SalesActivities", "Crm.Workflows"])]
