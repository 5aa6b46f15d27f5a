namespace Crm.Contents;

/// <summary>Marker for the texts of the saved views on the list screens: Resources/SavedViewsText.ko.resx.</summary>
public sealed class SavedViewsText;
