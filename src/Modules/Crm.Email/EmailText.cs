namespace Crm.Email;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;EmailText&gt;</c> reads Resources/EmailText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class EmailText;
