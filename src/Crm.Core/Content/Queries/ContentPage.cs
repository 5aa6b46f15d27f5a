using Crm.Core.Content.Store;

namespace Crm.Core.Content.Queries;

/// <summary>A page of items without cursors: the items, and whether more follow.</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, bool HasMore);
