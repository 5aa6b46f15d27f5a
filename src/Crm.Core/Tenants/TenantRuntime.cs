using System.Collections.Concurrent;
using Crm.Core.Data;

namespace Crm.Core.Tenants;

/// <summary>
/// A tenant as the running host sees it: its registry record, its database, and caches keyed by a version
/// stamp. There is no DI container per tenant; an idle tenant costs this object and nothing else.
/// </summary>
public sealed class TenantRuntime(TenantRecord record, DatabaseLocation database)
{
    private ConcurrentDictionary<string, CacheEntry>? _cache;
    private long _version;
    private long _sharedVersion = -1;
    private long _sharedCheckedTicks;

    public TenantRecord Record { get; internal set; } = record;
    public DatabaseLocation Database { get; } = database;
    public string Name => Record.Name;
    public bool IsDefault => Record.IsDefault;

    /// <summary>Changes whenever something cached per tenant (features, permissions, definitions) changes.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Invalidate() => Interlocked.Increment(ref _version);

    /// <summary>
    /// True for the one caller that is to compare versions now: when <paramref name="interval"/> has passed since the last
    /// check, the first of the concurrent requests claims it and the others go on with the values they have.
    /// </summary>
    internal bool TryClaimSharedVersionCheck(DateTimeOffset now, TimeSpan interval)
    {
        var last = Interlocked.Read(ref _sharedCheckedTicks);
        return now.UtcTicks - last >= interval.Ticks && Interlocked.CompareExchange(ref _sharedCheckedTicks, now.UtcTicks, last) == last;
    }

    /// <summary>Records the version stored in the tenant's database; a change made elsewhere drops this node's copies.</summary>
    internal void ObserveSharedVersion(long shared, DateTimeOffset now)
    {
        Interlocked.Exchange(ref _sharedCheckedTicks, now.UtcTicks);
        if (Interlocked.Exchange(ref _sharedVersion, shared) != shared) Invalidate();
    }

    /// <summary>The value cached under <paramref name="key"/> for the current version stamp, if there is one.</summary>
    public bool TryGetCached(string key, out object value) => TryGet(key, Version, out value);

    /// <summary>A per-tenant value computed once per version stamp.</summary>
    public async ValueTask<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken)
        where T : notnull
    {
        var cache = LazyInitializer.EnsureInitialized(ref _cache, () => new ConcurrentDictionary<string, CacheEntry>(StringComparer.Ordinal));
        var version = Version;
        if (TryGet(key, version, out var cached)) return (T)cached;
        var value = await factory(cancellationToken);
        cache[key] = new CacheEntry(version, value);
        return value;
    }

    private bool TryGet(string key, long version, out object value)
    {
        value = null!;
        if (_cache is null || !_cache.TryGetValue(key, out var entry) || entry.Version != version) return false;
        value = entry.Value;
        return true;
    }

    private sealed record CacheEntry(long Version, object Value);
}
