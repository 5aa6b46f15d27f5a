namespace Crm.EmailCampaigns;

/// <summary>
/// Marker for this module's texts (screens, the unsubscribe page, the mail footer): <c>IStringLocalizer&lt;EmailCampaignsText&gt;</c>
/// reads Resources/EmailCampaignsText.{culture}.resx. The English text is the key, so English needs no resx.
/// </summary>
public sealed class EmailCampaignsText;
