namespace Crm.Core.Security;

/// <summary>A named right a role can be granted, declared by a module in its Permissions.cs.</summary>
public sealed record Permission(string Name, string Description, string Category = "General");
