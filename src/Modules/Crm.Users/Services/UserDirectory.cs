using Crm.Core.Data;
using Crm.Core.Security;

namespace Crm.Users.Services;

public sealed class UserDirectory(TenantDb db) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<string, string>();
        var rows = await db.QueryAsync<(string Id, string UserName)>($"SELECT id, user_name FROM users WHERE {db.Dialect.InList("id", "ids")}", new { ids }, cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.UserName);
    }
}
