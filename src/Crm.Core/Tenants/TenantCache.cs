using Crm.Core.Data;

namespace Crm.Core.Tenants;

/// <summary>
/// Per-tenant cached values (enabled features, settings, role permissions...), shared by every request of the
/// tenant on this node. A change bumps the tenant's version in its own database, in the changing transaction;
/// this node drops its copies when that commits, other nodes when they next compare versions (every
/// <see cref="SharedVersionCheckInterval"/> at most).
/// </summary>
/// <remarks>
/// Inside a transaction the shared copies still serve (they hold committed data, which is what the transaction reads
/// too) until the transaction invalidates; from then on it sees its own changes through values read for it alone.
/// A transaction never fills the shared cache: what it reads may yet roll back.
/// </remarks>
public sealed class TenantCache(TenantScope scope, TenantDb db, TimeProvider clock)
{
    public static readonly TimeSpan SharedVersionCheckInterval = TimeSpan.FromSeconds(2);

    private readonly TransactionCache _transaction = new();

    public async ValueTask<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken)
        where T : notnull
    {
        if (db.Transaction is { } transaction)
        {
            _transaction.Follow(transaction);
            if (_transaction.TryGet(key, out var own)) return (T)own;
            if (!_transaction.Invalidated)
            {
                await CheckSharedVersionAsync(cancellationToken);
                if (scope.Tenant.TryGetCached(key, out var shared)) return (T)shared;
            }
            var value = await factory(cancellationToken);
            _transaction.Set(key, value);
            return value;
        }
        await CheckSharedVersionAsync(cancellationToken);
        return await scope.Tenant.GetOrCreateAsync(key, factory, cancellationToken);
    }

    /// <summary>Marks the tenant's cached values stale (joins the open transaction, if any).</summary>
    public async Task InvalidateAsync(CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("UPDATE cache_version SET version = version + 1 WHERE id = 1", null, cancellationToken);
        if (db.Transaction is { } transaction)
        {
            _transaction.Follow(transaction);
            _transaction.Invalidate();
        }
        db.AfterCommit(scope.Tenant.Invalidate);
    }

    private async ValueTask CheckSharedVersionAsync(CancellationToken cancellationToken)
    {
        var tenant = scope.Tenant;
        var now = clock.GetUtcNow();
        if (!tenant.TryClaimSharedVersionCheck(now, SharedVersionCheckInterval)) return;
        var shared = await db.ExecuteScalarAsync<long>("SELECT version FROM cache_version WHERE id = 1", null, cancellationToken);
        tenant.ObserveSharedVersion(shared, now);
    }
}
