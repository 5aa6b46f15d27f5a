using Crm.Core.Content.Store;

namespace Crm.Core.Content.Queries;

/// <param name="NextCursor">Pass as <see cref="ContentQueryRequest.After"/> for the next page; null on the last page.</param>
/// <param name="Count">Null when <see cref="CountMode.None"/> was asked for.</param>
public sealed record ContentQueryResult(IReadOnlyList<ContentItem> Items, string? NextCursor, ContentCount? Count);
