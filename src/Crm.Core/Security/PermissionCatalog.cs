using Crm.Core.Modules;

namespace Crm.Core.Security;

/// <summary>Every permission the modules declare, with the feature that declares it.</summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<string, (Permission Permission, string? Feature)> _permissions;

    public PermissionCatalog(IEnumerable<IPermissionProvider> providers, FeatureCatalog features)
    {
        _permissions = new(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in providers)
        {
            var feature = features.FeatureOf(provider.GetType());
            foreach (var permission in provider.GetPermissions())
            {
                if (!_permissions.TryAdd(permission.Name, (permission, feature)))
                {
                    throw new InvalidOperationException($"Permission '{permission.Name}' is declared twice.");
                }
            }
        }
    }

    public IReadOnlyList<Permission> All => _permissions.Values.Select(p => p.Permission).OrderBy(p => p.Category).ThenBy(p => p.Name).ToList();

    public Permission? Find(string name) => _permissions.TryGetValue(name, out var entry) ? entry.Permission : null;

    /// <summary>Permissions available to a tenant with the given features enabled.</summary>
    public IReadOnlyList<Permission> For(IReadOnlySet<string> enabledFeatures) =>
        _permissions.Values.Where(p => p.Feature is null || enabledFeatures.Contains(p.Feature))
            .Select(p => p.Permission).OrderBy(p => p.Category).ThenBy(p => p.Name).ToList();
}
