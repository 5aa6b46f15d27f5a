namespace Crm.Retention;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;RetentionText&gt;</c> reads Resources/RetentionText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class RetentionText;
