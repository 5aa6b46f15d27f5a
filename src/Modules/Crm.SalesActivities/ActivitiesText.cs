namespace Crm.SalesActivities;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;ActivitiesText&gt;</c> reads Resources/ActivitiesText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class ActivitiesText;
