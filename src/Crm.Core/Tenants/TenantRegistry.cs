using System.Collections.Concurrent;
using Crm.Core.Hosting;

namespace Crm.Core.Tenants;

/// <summary>
/// The running host's index of tenants by name, URL prefix and host name. Loaded from the host database at
/// start-up and kept current by the tenant services; a lookup that misses re-reads the registry (at most
/// once a few seconds) so tenants created by another node become reachable.
/// </summary>
public sealed class TenantRegistry(TenantStore store, DataLocations locations, TimeProvider clock)
{
    private static readonly TimeSpan ReloadInterval = TimeSpan.FromSeconds(4);

    private readonly ConcurrentDictionary<string, TenantRuntime> _byName = new(StringComparer.OrdinalIgnoreCase);
    private volatile Dictionary<string, TenantRuntime> _byPrefix = new(StringComparer.OrdinalIgnoreCase);
    private volatile Dictionary<string, TenantRuntime> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private DateTimeOffset _lastReload = DateTimeOffset.MinValue;

    public IReadOnlyCollection<TenantRuntime> All => _byName.Values.OrderBy(t => t.Name).ToList();

    public TenantRuntime? Default => Find(TenantRecord.DefaultName);

    public TenantRuntime? Find(string name) => _byName.GetValueOrDefault(name);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadLock.WaitAsync(cancellationToken);
        try
        {
            var records = await store.ListAsync(cancellationToken);
            foreach (var record in records) Upsert(record, rebuildIndexes: false, keepUnchanged: true);
            foreach (var gone in _byName.Keys.Except(records.Select(r => r.Name), StringComparer.OrdinalIgnoreCase).ToList())
            {
                _byName.TryRemove(gone, out _);
            }
            RebuildIndexes();
            _lastReload = clock.GetUtcNow();
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    /// <summary>Re-reads the registry unless that was done moments ago.</summary>
    public async Task<bool> TryReloadAsync(CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - _lastReload < ReloadInterval) return false;
        await ReloadAsync(cancellationToken);
        return true;
    }

    /// <summary>Adds or replaces a tenant's record; an existing tenant's cached values are dropped.</summary>
    public TenantRuntime Upsert(TenantRecord record) => Upsert(record, rebuildIndexes: true, keepUnchanged: false);

    public void Remove(string name)
    {
        if (_byName.TryRemove(name, out _)) RebuildIndexes();
    }

    /// <summary>The tenant for a host name, else for the first path segment, else the default tenant.</summary>
    public TenantMatch? Match(string host, string path)
    {
        if (_byHost.TryGetValue(host, out var byHost)) return new TenantMatch(byHost, "");
        var segment = FirstSegment(path);
        if (segment.Length > 0 && _byPrefix.TryGetValue(segment, out var byPrefix) && byPrefix.Record.UrlPrefix.Length > 0)
        {
            return new TenantMatch(byPrefix, "/" + byPrefix.Record.UrlPrefix);
        }
        return _byPrefix.TryGetValue("", out var fallback) ? new TenantMatch(fallback, "") : null;
    }

    /// <param name="keepUnchanged">
    /// Re-reading the registry (every few seconds, <see cref="TenantRegistryRefresher"/>) keeps the cached values (schema,
    /// definitions, permissions...) of a tenant whose record did not change; only a changed record drops them.
    /// </param>
    private TenantRuntime Upsert(TenantRecord record, bool rebuildIndexes, bool keepUnchanged)
    {
        var runtime = _byName.AddOrUpdate(
            record.Name,
            _ => new TenantRuntime(record, locations.Tenant(record)),
            (_, existing) =>
            {
                if (keepUnchanged && existing.Record == record) return existing;
                existing.Record = record;
                existing.Invalidate();
                return existing;
            });
        if (rebuildIndexes) RebuildIndexes();
        return runtime;
    }

    private void RebuildIndexes()
    {
        var tenants = _byName.Values.ToList();
        _byPrefix = tenants
            .Where(t => t.Record.UrlPrefix.Length > 0 || t.IsDefault)
            .ToDictionary(t => t.IsDefault ? "" : t.Record.UrlPrefix, StringComparer.OrdinalIgnoreCase);
        _byHost = tenants
            .Where(t => !string.IsNullOrEmpty(t.Record.HostName))
            .ToDictionary(t => t.Record.HostName!, StringComparer.OrdinalIgnoreCase);
    }

    private static string FirstSegment(string path)
    {
        var trimmed = path.AsSpan().TrimStart('/');
        var end = trimmed.IndexOf('/');
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }
}
