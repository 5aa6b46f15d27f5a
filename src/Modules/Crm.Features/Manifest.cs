using Crm.Core.Modules;

[assembly: Module("Crm.Features", Name = "Features", Description = "Enable and disable features per tenant.", Category = "Platform")]
[assembly: Feature("Crm.Features", Name = "Feature management", Description = "The admin screen that enables and disables features.",
    Category = "Platform", AlwaysEnabled = true)]
