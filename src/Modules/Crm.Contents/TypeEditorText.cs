namespace Crm.Contents;

/// <summary>
/// Marker for the type editor's texts: <c>IStringLocalizer&lt;TypeEditorText&gt;</c> reads Resources/TypeEditorText.{culture}.resx.
/// Kept apart from <see cref="ContentsText"/> so the editor's many strings do not crowd the module's shared ones.
/// </summary>
public sealed class TypeEditorText;
