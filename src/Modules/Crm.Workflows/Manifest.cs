using Crm.Core.Modules;

[assembly: Module("Crm.Workflows", Name = "Workflows", Description = "Durable workflows started by content changes, schedules, sweeps, webhooks and people.", Category = "Automation")]
[assembly: Feature("Crm.Workflows", Name = "Workflows",
    Description = "Automation the admin designs: reminders, win-back, happy-calls, escalations — durable timers, sweeps, history.",
    Category = "Automation", Dependencies = ["Crm.Users"])]
