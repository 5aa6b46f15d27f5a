using System.Text.Json.Nodes;

namespace Crm.Core.Content.Store;

public enum TimelineEntryKind
{
    /// <summary>A change of the item itself (Detail is the action: Created, Updated, ...).</summary>
    Change,

    /// <summary>An item that points at this one (Detail is its display text), at the time it was created.</summary>
    RelatedItem,
}

/// <param name="Changes">For changes: the field-level diff ("Part.Field": { from, to }).</param>
public sealed record TimelineEntry(TimelineEntryKind Kind, DateTimeOffset At, string ItemId, string ContentType, string Detail, int Version, string? UserId, JsonObject? Changes);
