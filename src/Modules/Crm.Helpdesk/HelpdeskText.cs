namespace Crm.Helpdesk;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;HelpdeskText&gt;</c> reads Resources/HelpdeskText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class HelpdeskText;
