namespace Crm.Core.Tenants;

/// <summary>The tenant of the current DI scope; set by the tenant middleware, a CLI command or a background job.</summary>
public sealed class TenantScope
{
    private TenantRuntime? _tenant;

    public TenantRuntime Tenant
    {
        get => _tenant ?? throw new InvalidOperationException("No tenant has been set for this scope.");
        set => _tenant = _tenant is null || ReferenceEquals(_tenant, value)
            ? value
            : throw new InvalidOperationException($"This scope already belongs to tenant '{_tenant.Name}'.");
    }

    public bool HasTenant => _tenant is not null;
}
