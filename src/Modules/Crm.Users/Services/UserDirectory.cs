using Crm.Core.Data;
using Crm.Core.Security;
using Crm.Core.Tenants;

namespace Crm.Users.Services;

/// <summary>
/// Reads the tenant's users table; names are matched through Identity's normalized (upper-case) user name. Names by id
/// are kept per tenant (<see cref="UserNames"/>): only ids not seen since the last user change are read.
/// </summary>
public sealed class UserDirectory(TenantDb db, TenantCache cache) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToArray();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Length == 0) return names;
        var known = await cache.GetOrCreateAsync(UserNames.CacheKey, _ => Task.FromResult(new UserNames()), cancellationToken);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (!known.TryGet(id, out var name)) missing.Add(id);
            else if (name is not null) names[id] = name;
        }
        if (missing.Count == 0) return names;

        var rows = await db.QueryAsync<(string Id, string UserName)>(
            $"SELECT id, user_name FROM users WHERE {db.Dialect.InList("id", "ids")}", new { ids = missing.ToArray() }, cancellationToken);
        foreach (var (id, userName) in rows) names[id] = userName;
        foreach (var id in missing) known.Add(id, names.GetValueOrDefault(id));
        return names;
    }

    public Task<string?> IdOfAsync(string userName, CancellationToken cancellationToken = default) =>
        db.ExecuteScalarAsync<string?>("SELECT id FROM users WHERE normalized_user_name = @name", new { name = Normalized(userName) }, cancellationToken);

    public async Task<IReadOnlyList<string>> SearchNamesAsync(string? term, int limit, CancellationToken cancellationToken = default)
    {
        var pattern = "%" + SqlLike.Escape(Normalized(term ?? "")) + "%";
        var names = await db.QueryAsync<string>(
            $"SELECT user_name FROM users WHERE normalized_user_name LIKE @pattern ESCAPE '\\' ORDER BY normalized_user_name {db.Dialect.Paging("limit", "offset")}",
            new { pattern, limit, offset = 0 }, cancellationToken);
        return names.ToList();
    }

    public Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default) =>
        db.QueryAsync<string>("SELECT name FROM roles ORDER BY name", null, cancellationToken);

    private static string Normalized(string userName) => userName.Trim().ToUpperInvariant();
}
