namespace Crm.Contents;

/// <summary>Marker for the texts of the kanban board, bulk actions and CSV export: Resources/ContentToolsText.ko.resx.</summary>
public sealed class ContentToolsText;
