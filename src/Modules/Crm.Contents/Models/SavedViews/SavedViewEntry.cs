namespace Crm.Contents.Models.SavedViews;

/// <summary>A view as the list screen's menu shows it, with whether this user may delete it.</summary>
public sealed record SavedViewEntry(SavedView View, bool CanDelete);
