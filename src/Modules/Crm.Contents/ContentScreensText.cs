namespace Crm.Contents;

/// <summary>Marker for the texts of the item screens (list, form, detail, recycle bin): Resources/ContentScreensText.ko.resx.</summary>
public sealed class ContentScreensText;
