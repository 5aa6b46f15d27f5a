using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Store;

namespace Crm.Contents.Models.Items;

public sealed record ItemDetailPage(
    ContentTypeDefinition Type,
    ContentItem Item,
    IReadOnlyList<ItemDetailField> Fields,
    string Created,
    string Modified,
    bool OwnedByViewer,
    IReadOnlyList<ItemTimelineRow> Timeline,
    bool CanEdit,
    bool CanDelete,
    string? Notice,
    IReadOnlyList<ItemRelatedList> Related)
{
    /// <summary>Items the type's duplicate rules say may be this one (shown to users who may edit it, with "Merge into this").</summary>
    public IReadOnlyList<DuplicateMatch> Duplicates { get; init; } = [];
}
