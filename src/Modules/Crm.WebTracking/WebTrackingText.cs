namespace Crm.WebTracking;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;WebTrackingText&gt;</c> reads Resources/WebTrackingText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class WebTrackingText;
