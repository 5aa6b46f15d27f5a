namespace Crm.Core.Tenants;

/// <summary>A resolved tenant and the path base ("/acme" or "") its URLs live under.</summary>
public sealed record TenantMatch(TenantRuntime Tenant, string PathBase);
