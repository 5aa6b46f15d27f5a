using System.Collections.Concurrent;
using Crm.Users.Models;

namespace Crm.Users.Services;

/// <summary>
/// The tenant's API keys that verified on this node, by secret hash, kept in the tenant cache so that an API call does not
/// read its key again. Revoking a key bumps the tenant's version, which drops this whole set (on other nodes within
/// <see cref="Crm.Core.Tenants.TenantCache.SharedVersionCheckInterval"/>); expiry is checked on every call. Unknown
/// secrets are never kept, so guessing cannot grow it.
/// </summary>
internal sealed class VerifiedApiKeys
{
    public const string CacheKey = "verified-api-keys";

    /// <summary>How often a key's last use is written back, at most.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _byHash = new(StringComparer.Ordinal);

    public ApiKey? Find(string hash) => _byHash.TryGetValue(hash, out var entry) ? entry.Key : null;

    public void Add(string hash, ApiKey key) => _byHash.TryAdd(hash, new Entry(key));

    /// <summary>True for one caller once the key's last recorded use is older than <see cref="LastUsedResolution"/>.</summary>
    public bool ClaimLastUsedWrite(string hash, DateTime now) => _byHash.TryGetValue(hash, out var entry) && entry.ClaimLastUsedWrite(now);

    private sealed class Entry(ApiKey key)
    {
        private long _lastUsedTicks = key.LastUsedUtc?.Ticks ?? 0;

        public ApiKey Key { get; } = key;

        public bool ClaimLastUsedWrite(DateTime now)
        {
            var last = Interlocked.Read(ref _lastUsedTicks);
            return now.Ticks - last > LastUsedResolution.Ticks && Interlocked.CompareExchange(ref _lastUsedTicks, now.Ticks, last) == last;
        }
    }
}
