namespace Crm.GraphQL;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;GraphQLText&gt;</c> reads Resources/GraphQLText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class GraphQLText;
