namespace Crm.Campaigns;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;CampaignsText&gt;</c> reads Resources/CampaignsText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class CampaignsText;
