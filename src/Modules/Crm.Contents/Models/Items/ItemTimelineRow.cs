namespace Crm.Contents.Models.Items;

/// <param name="Action">"Created", "Updated", ... for changes; null for a related item.</param>
/// <param name="Related">For a related item: its URL and display text.</param>
public sealed record ItemTimelineRow(string At, string? Action, string? UserId, IReadOnlyList<ItemChange> Changes, ItemOption? Related, string RelatedType);
