using Crm.Core.Content.Store;

namespace Crm.EmailCampaigns;

/// <summary>
/// The values of a campaign's Status field: Draft → Scheduled → Sending → Sent, or Cancelled before it is sent. A scheduled
/// campaign may go back to Draft (unscheduled, or its audience failed at the start) and a cancelled one to Draft or, when
/// it never started sending, to Scheduled. Sending and Sent are the sender's to set.
/// </summary>
public static class CampaignStatus
{
    public const string Draft = "Draft";
    public const string Scheduled = "Scheduled";
    public const string Sending = "Sending";
    public const string Sent = "Sent";
    public const string Cancelled = "Cancelled";

    /// <summary>Checked on every write by <see cref="Services.EmailCampaignPreparer"/>.</summary>
    public static readonly StatusFlow Flow = new(new Dictionary<string, string[]>
    {
        [Draft] = [Scheduled],
        [Scheduled] = [Draft, Sending, Cancelled],
        [Sending] = [Sent, Cancelled],
        [Sent] = [],
        [Cancelled] = [Draft, Scheduled],
    });

    /// <summary>What a new campaign may start as.</summary>
    public static bool MayStartAs(string? status) => status is null or Draft or Scheduled;
}
