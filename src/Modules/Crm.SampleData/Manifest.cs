using Crm.Core.Modules;

[assembly: Module("Crm.SampleData", Name = "Sample data", Description = "Korean and English sample customers, activities, deals, tickets, calls and staff for trying the CRM.", Category = "Sales")]
[assembly: Feature("Crm.SampleData", Name = "Sample data",
    Description = "The SampleData recipe step: sample staff (sales reps, agents and a manager), customers and accounts, and — for the enabled modules — activities, opportunities, tickets and calls, tagged \"sample\" so they are easy to find and delete.",
    Category = "Sales", Dependencies = ["Crm.Customers"])]
