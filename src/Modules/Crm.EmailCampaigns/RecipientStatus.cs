namespace Crm.EmailCampaigns;

/// <summary>
/// Where one recipient of a campaign is: Pending (waiting for its slot under the rate limit), Queued (handed to the outbox,
/// which retries while the SMTP server is down), Sent, Failed (the outbox gave up; the error is kept), or Skipped (no email
/// address or opted out; the reason is kept).
/// </summary>
public static class RecipientStatus
{
    public const string Pending = "Pending";
    public const string Queued = "Queued";
    public const string Sent = "Sent";
    public const string Failed = "Failed";
    public const string Skipped = "Skipped";

    public static readonly IReadOnlyList<string> All = [Pending, Queued, Sent, Failed, Skipped];
}
