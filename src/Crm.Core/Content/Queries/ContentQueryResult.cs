using Crm.Core.Content.Store;

namespace Crm.Core.Content.Queries;

/// <param name="Items">The page, in sort order (also when paging backwards).</param>
/// <param name="NextCursor">Pass as <see cref="ContentQueryRequest.After"/> for the next page; null when no item follows
/// (when paging backwards: null, since the page ends at the cursor the caller gave).</param>
/// <param name="Count">Null when <see cref="CountMode.None"/> was asked for.</param>
public sealed record ContentQueryResult(IReadOnlyList<ContentItem> Items, string? NextCursor, ContentCount? Count)
{
    /// <summary>The cursor of each item (same order as <see cref="Items"/>), to resume after or before any of them.</summary>
    public IReadOnlyList<string> Cursors { get; init; } = [];

    /// <summary>More items lie beyond the page in the direction it was read (after it forwards, before it backwards).</summary>
    public bool HasMore { get; init; }
}
