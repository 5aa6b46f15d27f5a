using Crm.Core.Modules;

[assembly: Module("Crm.SampleData", Name = "Sample data", Description = "Korean and English sample customers, activities and staff for trying the CRM.", Category = "Sales")]
[assembly: Feature("Crm.SampleData", Name = "Sample data",
    Description = "The SampleData recipe step: sample staff (sales reps and a manager), customers, accounts and activities, tagged \"sample\" so they are easy to find and delete.",
    Category = "Sales", Dependencies = ["Crm.SalesActivities"])]
