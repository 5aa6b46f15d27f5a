namespace Crm.EmailCampaigns;

/// <summary>The values of a campaign's Status field: Draft → Scheduled → Sending → Sent, or Cancelled before it is sent.</summary>
public static class CampaignStatus
{
    public const string Draft = "Draft";
    public const string Scheduled = "Scheduled";
    public const string Sending = "Sending";
    public const string Sent = "Sent";
    public const string Cancelled = "Cancelled";
}
