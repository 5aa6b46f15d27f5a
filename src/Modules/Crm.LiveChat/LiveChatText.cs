namespace Crm.LiveChat;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;LiveChatText&gt;</c> reads Resources/LiveChatText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class LiveChatText;
