using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Data;
using Crm.Core.Security;

namespace Crm.Contents.Services.Items;

/// <summary>
/// Looks up, in one query each, the names of the users and items that a page's values refer to (see <see cref="ItemNames"/>):
/// the values of user picker and relation fields, and any other user ids such as owners.
/// </summary>
public sealed class ItemNameLookup(ItemFormBinder binder, IUserDirectory userDirectory, TenantDb db)
{
    public async Task<ItemNames> ForAsync(IEnumerable<(ContentFieldReference Field, JsonNode? Value)> values, IEnumerable<string?> otherUsers,
        CancellationToken cancellationToken)
    {
        var users = new HashSet<string>(otherUsers.OfType<string>(), StringComparer.Ordinal);
        var items = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, value) in values)
        {
            if (value is null) continue;
            var kind = binder.KindOf(field);
            if (kind is not ("UserPicker" or "ContentPicker")) continue;
            var ids = binder.FromStored(field, value, TimeZoneInfo.Utc).Values;
            (kind == "UserPicker" ? users : items).UnionWith(ids);
        }
        var userNames = users.Count == 0 ? new Dictionary<string, string>() : await userDirectory.NamesAsync(users, cancellationToken);
        return new ItemNames(userNames, await DisplayTextsAsync(items, cancellationToken));
    }

    private async Task<IReadOnlyDictionary<string, string>> DisplayTextsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return new Dictionary<string, string>();
        var rows = await db.QueryAsync<(string Id, string DisplayText)>(
            $"SELECT id, display_text FROM content_items WHERE {db.Dialect.InList("id", "ids")}",
            new { ids = ids.Select(i => i.ToUpperInvariant()).ToArray() }, cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.DisplayText, StringComparer.OrdinalIgnoreCase);
    }
}
