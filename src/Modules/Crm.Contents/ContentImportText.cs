namespace Crm.Contents;

/// <summary>Marker for the texts of the CSV import screens and saved views: Resources/ContentImportText.ko.resx.</summary>
public sealed class ContentImportText;
