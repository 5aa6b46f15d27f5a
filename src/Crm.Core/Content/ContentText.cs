namespace Crm.Core.Content;

/// <summary>Marker for the content engine's texts (Resources/Content/ContentText.ko.resx): IStringLocalizer&lt;ContentText&gt;.</summary>
public sealed class ContentText;
