namespace Crm.EmailCampaigns.CampaignChannel;

/// <summary>
/// The module's second feature: an email campaign as a channel of a marketing campaign (Crm.Campaigns). Its recipients
/// become the campaign's members, a tracked click is the member's response, links carry the campaign's utm_campaign code,
/// and the sending cost becomes the campaign's cost lines — so the campaign's ROI counts the email.
/// </summary>
public static class CampaignChannelFeature
{
    public const string Id = "Crm.EmailCampaigns.CampaignChannel";

    /// <summary>EmailCampaign: the marketing campaign the email belongs to (relation to Campaign).</summary>
    public const string Campaign = "Campaign";

    /// <summary>EmailCampaign: what one sent email costs (Money); the cost lines are sent emails × this.</summary>
    public const string CostPerEmail = "CostPerEmail";

    /// <summary>CampaignCost: the email campaign whose sending the line is (relation to EmailCampaign); kept by the system.</summary>
    public const string CostEmailCampaign = "EmailCampaign";

    public const string UtmSource = "crm";
    public const string UtmMedium = "email";
}
