namespace Crm.Grades;

/// <summary>
/// Marker for this module's texts: <c>IStringLocalizer&lt;GradesText&gt;</c> reads Resources/GradesText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class GradesText;
