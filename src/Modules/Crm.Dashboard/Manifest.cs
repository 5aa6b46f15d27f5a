using Crm.Core.Modules;

[assembly: Module("Crm.Dashboard", Name = "Sales dashboard", Description = "Team figures on the admin home: activities per rep, the stage funnel, revenue and the brief's KPIs.", Category = "Sales")]
[assembly: Feature("Crm.Dashboard", Name = "Sales dashboard",
    Description = "Cards for managers on the admin home: activities per rep and the stage funnel with conversion (charts with Chart.js).",
    Category = "Sales", Dependencies = ["Crm.SalesActivities"])]
[assembly: Feature(Crm.Dashboard.SalesKpisFeature.Id, Name = "Revenue and sales KPIs",
    Description = "For managers: recognised revenue by month, and retention rate, sales cycle, up-sell rate, net new revenue, acquisition cost and lifetime value over a chosen period (cards, a screen and GraphQL).",
    Category = "Sales", Dependencies = ["Crm.Dashboard", "Crm.Opportunities"])]
