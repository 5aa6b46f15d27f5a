namespace Crm.Users;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;UsersText&gt;</c> reads Resources/UsersText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class UsersText;
