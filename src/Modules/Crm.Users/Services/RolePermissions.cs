using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Crm.Users.Models;

namespace Crm.Users.Services;

/// <summary>
/// Which permissions each role grants in the current tenant; cached per tenant version, and changed only
/// through <see cref="SetAsync"/> so the cache is invalidated. Administrators hold every enabled permission.
/// </summary>
public sealed class RolePermissions(TenantDb db, TenantCache cache, TenantPermissions permissions) : IRolePermissions
{
    private const string CacheKey = "role-permissions";
    private const string AllCacheKey = "all-permissions";

    /// <summary>What the roles grant together; every request asks (policies, content scopes), so one role's set is served as cached.</summary>
    public async Task<IReadOnlySet<string>> GrantedAsync(IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var map = await MapAsync(cancellationToken);
        var sets = new List<IReadOnlySet<string>>();
        foreach (var role in roles)
        {
            if (string.Equals(role, CrmRole.Administrator, StringComparison.OrdinalIgnoreCase)) sets.Add(await AllAsync(cancellationToken));
            else if (map.TryGetValue(role.ToUpperInvariant(), out var rolePermissions)) sets.Add(rolePermissions);
        }
        if (sets.Count == 1) return sets[0];
        var granted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in sets) granted.UnionWith(set);
        return granted;
    }

    public async Task<IReadOnlySet<string>> ForRoleAsync(string role, CancellationToken cancellationToken) =>
        (await MapAsync(cancellationToken)).GetValueOrDefault(role.ToUpperInvariant()) ?? new HashSet<string>();

    /// <summary>Replaces the role's permissions. Unknown permission names are refused.</summary>
    public async Task SetAsync(string role, IEnumerable<string> permissionNames, CancellationToken cancellationToken)
    {
        var known = (await permissions.GetAllAsync(cancellationToken)).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var names = permissionNames.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var unknown = names.FirstOrDefault(n => !known.ContainsKey(n));
        if (unknown is not null) throw new ArgumentException($"unknown permission '{unknown}'");
        var normalized = role.ToUpperInvariant();
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.ExecuteAsync("DELETE FROM role_permissions WHERE role = @normalized", new { normalized }, cancellationToken);
        foreach (var name in names)
        {
            await db.ExecuteAsync("INSERT INTO role_permissions (role, permission) VALUES (@normalized, @permission)",
                new { normalized, permission = known[name].Name }, cancellationToken);
        }
        await cache.InvalidateAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every permission of the tenant (Administrator's): its enabled features' and its content types', which change with the tenant version.</summary>
    private async Task<IReadOnlySet<string>> AllAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync<IReadOnlySet<string>>(AllCacheKey,
            async ct => (await permissions.GetAllAsync(ct)).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase), cancellationToken);

    private async Task<IReadOnlyDictionary<string, HashSet<string>>> MapAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey, LoadAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<string, HashSet<string>>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<(string Role, string Permission)>("SELECT role, permission FROM role_permissions", null, cancellationToken);
        return rows.GroupBy(r => r.Role).ToDictionary(g => g.Key, g => g.Select(r => r.Permission).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}
