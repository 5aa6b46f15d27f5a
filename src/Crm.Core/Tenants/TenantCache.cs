using Crm.Core.Data;

namespace Crm.Core.Tenants;

/// <summary>
/// Per-tenant cached values (enabled features, settings, role permissions...), shared by every request of the
/// tenant on this node. A change bumps the tenant's version in its own database, in the changing transaction;
/// this node drops its copies when that commits, other nodes when they next compare versions (every
/// <see cref="SharedVersionCheckInterval"/> at most).
/// </summary>
public sealed class TenantCache(TenantScope scope, TenantDb db, TimeProvider clock)
{
    public static readonly TimeSpan SharedVersionCheckInterval = TimeSpan.FromSeconds(2);

    public async ValueTask<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken)
        where T : notnull
    {
        // Inside a transaction the data may yet roll back: read it, never cache it.
        if (db.Transaction is not null) return await factory(cancellationToken);

        var tenant = scope.Tenant;
        var now = clock.GetUtcNow();
        if (tenant.SharedVersionCheckDue(now, SharedVersionCheckInterval))
        {
            var shared = await db.ExecuteScalarAsync<long>("SELECT version FROM cache_version WHERE id = 1", null, cancellationToken);
            tenant.ObserveSharedVersion(shared, now);
        }
        return await tenant.GetOrCreateAsync(key, factory, cancellationToken);
    }

    /// <summary>Marks the tenant's cached values stale (joins the open transaction, if any).</summary>
    public async Task InvalidateAsync(CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("UPDATE cache_version SET version = version + 1 WHERE id = 1", null, cancellationToken);
        db.AfterCommit(scope.Tenant.Invalidate);
    }
}
