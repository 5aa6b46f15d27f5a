using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Store;

public enum ContentEventKind
{
    Created,
    Updated,
    Deleted,
    Restored,

    /// <summary>History only: another item was merged into this one, or this one into another.</summary>
    Merged,
}

/// <param name="Before">The item before an update, delete or restore; null on create.</param>
public sealed record ContentEvent(ContentEventKind Kind, ContentItem Item, ContentItem? Before, IReadOnlyList<ContentFieldReference> ChangedFields);
