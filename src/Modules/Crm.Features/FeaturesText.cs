namespace Crm.Features;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;FeaturesText&gt;</c> reads Resources/FeaturesText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class FeaturesText;
