using System.Collections;
using Crm.Core.Content.Store;

namespace Crm.Core.Content.Queries;

/// <summary>
/// The cursors of a page's items, each encoded the first time it is read: most callers need none (a GraphQL query
/// selecting only nodes) or one (the next-page link), and encoding one per item was a measurable share of a page's cost.
/// Not thread-safe, like the page it belongs to.
/// </summary>
internal sealed class KeysetCursorList(string type, IReadOnlyList<SortKey> keys, IReadOnlyList<ContentItem> items) : IReadOnlyList<string>
{
    private readonly string?[] _encoded = new string?[items.Count];

    public int Count => items.Count;

    public string this[int index] => _encoded[index] ??= KeysetCursor.Encode(type, keys, items[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
