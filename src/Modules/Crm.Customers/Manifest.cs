using Crm.Core.Modules;

[assembly: Module("Crm.Customers", Name = "Customers", Description = "Customers in three stages (target, prospect, customer), accounts and their contact people.", Category = "Sales")]
[assembly: Feature("Crm.Customers", Name = "Customers",
    Description = "Customer, Account, Contact and stage-history types; stage moves with a reason; recency settings per stage and grade that give each customer its next-contact date.",
    Category = "Sales", Dependencies = ["Crm.Contents"])]
