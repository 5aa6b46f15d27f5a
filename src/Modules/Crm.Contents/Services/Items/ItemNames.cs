namespace Crm.Contents.Services.Items;

/// <summary>
/// The names a screen shows for the ids an item stores: users (owners, user pickers) by user name, related items by their
/// display text. An id with no name (a deleted user or item) shows as itself.
/// </summary>
public sealed class ItemNames(IReadOnlyDictionary<string, string> users, IReadOnlyDictionary<string, string> items)
{
    public static readonly ItemNames None = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public string User(string id) => users.TryGetValue(id, out var name) ? name : id;

    public string Item(string id) => items.TryGetValue(id, out var name) ? name : id;
}
