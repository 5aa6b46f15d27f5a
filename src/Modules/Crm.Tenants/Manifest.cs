using Crm.Core.Modules;

[assembly: Module("Crm.Tenants", Name = "Tenants", Description = "Create, disable and enable tenants.", Category = "Platform")]
[assembly: Feature("Crm.Tenants", Name = "Tenant management", Description = "The default tenant's screen for creating and switching tenants on and off.",
    Category = "Platform", DefaultTenantOnly = true)]
