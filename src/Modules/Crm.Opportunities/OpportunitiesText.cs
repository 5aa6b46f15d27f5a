namespace Crm.Opportunities;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;OpportunitiesText&gt;</c> reads Resources/OpportunitiesText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class OpportunitiesText;
