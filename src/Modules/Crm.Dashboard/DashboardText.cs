namespace Crm.Dashboard;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;DashboardText&gt;</c> reads Resources/DashboardText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class DashboardText;
