namespace Crm.KnowledgeBase;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;KnowledgeBaseText&gt;</c> reads Resources/KnowledgeBaseText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class KnowledgeBaseText;
