using Crm.Core.Content.Definitions;
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
    IReadOnlyList<ItemRelatedList> Related);
