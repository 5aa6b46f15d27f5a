using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;

namespace Crm.Contents.Models.Items;

/// <summary>One page of a type's list, with the query that produced it so links can keep it.</summary>
public sealed record ItemListPage(
    ContentTypeDefinition Type,
    IReadOnlyList<ItemListColumn> Columns,
    IReadOnlyList<ItemListRow> Rows,
    ItemListQuery Query,
    string? NextCursor,
    ContentCount? Count,
    IReadOnlyList<string> Errors,
    bool CanCreate,
    bool OwnOnly,
    Filters.ListFilterForm Filter);
