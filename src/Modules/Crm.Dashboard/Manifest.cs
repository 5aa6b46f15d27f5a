using Crm.Core.Modules;

[assembly: Module("Crm.Dashboard", Name = "Sales dashboard", Description = "Team figures on the admin home: activities per rep, the stage funnel, revenue and the brief's KPIs.", Category = "Sales")]
[assembly: Feature("Crm.Dashboard", Name = "Sales dashboard",
    Description = "Cards for managers on the admin home: activities per rep, the stage funnel with conversion, revenue by month and KPIs (charts with Chart.js).",
    Category = "Sales", Dependencies = ["Crm.SalesActivities"])]
