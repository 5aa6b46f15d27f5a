using Crm.Core.Tenants;

namespace Crm.Tenants.Models;

/// <summary>The tenants screen: the registry, the recipes a tenant can be created from, and what the last action said.</summary>
public sealed record TenantsPage(IReadOnlyList<TenantRecord> Tenants, IReadOnlyList<string> Recipes, string? Notice, string? Error);
