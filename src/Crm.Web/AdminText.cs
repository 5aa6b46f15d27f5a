namespace Crm.Web;

/// <summary>
/// Marker for the admin shell's texts: <c>IStringLocalizer&lt;AdminText&gt;</c> reads Resources/AdminText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class AdminText;
