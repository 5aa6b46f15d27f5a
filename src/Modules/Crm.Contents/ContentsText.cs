namespace Crm.Contents;

/// <summary>Marker for the module's shared texts (Resources/ContentsText.ko.resx): menu entries and shared labels.</summary>
public sealed class ContentsText;
