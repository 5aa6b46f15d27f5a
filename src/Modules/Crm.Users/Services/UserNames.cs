using System.Collections.Concurrent;

namespace Crm.Users.Services;

/// <summary>
/// The user names this node has looked up for a tenant, by user id, kept in the tenant cache so that pages showing owners
/// (a GraphQL page of 50 customers, a list screen) do not read the users table on every request. Ids that are not users
/// are kept too (as null), so an item whose owner was removed does not ask again. Creating, renaming or deleting a user
/// bumps the tenant's version (<see cref="UserStore"/>), which drops the whole set (on other nodes within
/// <see cref="Crm.Core.Tenants.TenantCache.SharedVersionCheckInterval"/>).
/// </summary>
internal sealed class UserNames
{
    public const string CacheKey = "user-names";

    /// <summary>Beyond this many ids, lookups are answered but no longer kept: owner ids are user ids, so a tenant rarely comes near.</summary>
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, string?> _byId = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="id"/> was looked up; <paramref name="name"/> is null if it is not a user.</summary>
    public bool TryGet(string id, out string? name) => _byId.TryGetValue(id, out name);

    public void Add(string id, string? name)
    {
        if (_byId.Count < MaxEntries) _byId.TryAdd(id, name);
    }
}
