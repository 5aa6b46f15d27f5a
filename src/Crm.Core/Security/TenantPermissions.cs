using Crm.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Security;

/// <summary>
/// The permissions the current tenant has: those declared by its enabled features' modules plus the dynamic
/// ones (per securable content type). The permission matrix, role assignment and Administrator use this list.
/// </summary>
public sealed class TenantPermissions(PermissionCatalog catalog, FeatureManager features, IServiceProvider services)
{
    public async Task<IReadOnlyList<Permission>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var all = catalog.For(await features.GetEnabledAsync(cancellationToken)).ToList();
        // Resolved late: dynamic sources read content definitions, whose services may depend on permissions.
        foreach (var source in services.GetServices<IDynamicPermissionSource>()) all.AddRange(await source.GetPermissionsAsync(cancellationToken));
        return all;
    }

    public async Task<Permission?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>For recipes validated before the tenant exists: a static permission, or a name a dynamic source may create.</summary>
    public bool MayExist(string name) =>
        catalog.Find(name) is not null || services.GetServices<IDynamicPermissionSource>().Any(s => s.MayExist(name));
}
