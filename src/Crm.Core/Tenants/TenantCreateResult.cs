namespace Crm.Core.Tenants;

/// <param name="GeneratedAdminPassword">The admin password when it was generated (shown once, never stored in clear).</param>
public sealed record TenantCreateResult(TenantRuntime Tenant, string? GeneratedAdminPassword);
