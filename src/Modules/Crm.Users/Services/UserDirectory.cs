using Crm.Core.Data;
using Crm.Core.Security;

namespace Crm.Users.Services;

/// <summary>Reads the tenant's users table; names are matched through Identity's normalized (upper-case) user name.</summary>
public sealed class UserDirectory(TenantDb db) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<string, string>();
        var rows = await db.QueryAsync<(string Id, string UserName)>($"SELECT id, user_name FROM users WHERE {db.Dialect.InList("id", "ids")}", new { ids }, cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.UserName);
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
