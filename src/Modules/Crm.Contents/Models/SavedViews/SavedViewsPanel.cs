namespace Crm.Contents.Models.SavedViews;

/// <summary>What the list screen's saved-views partial shows: the views this user sees, and whether they may share new ones.</summary>
public sealed record SavedViewsPanel(IReadOnlyList<SavedViewEntry> Views, bool CanShare);
