using Crm.Core.Modules;

[assembly: Module("Crm.Users", Name = "Users", Description = "Users, roles, permissions, sign-in and API keys.", Category = "Security")]
[assembly: Feature("Crm.Users", Name = "Users and roles", Description = "Staff accounts, roles with permissions, cookie sign-in with lockout.",
    Category = "Security", AlwaysEnabled = true)]
[assembly: Feature("Crm.ApiKeys", Name = "API keys", Description = "Role-scoped API keys sent as 'Authorization: Bearer <key>'.",
    Category = "Security", Dependencies = ["Crm.Users"])]
