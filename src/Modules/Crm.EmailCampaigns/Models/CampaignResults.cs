namespace Crm.EmailCampaigns.Models;

/// <summary>A campaign's counts. Rates of opens, clicks and unsubscribes are of the mails sent; failed and skipped of the audience.</summary>
public sealed record CampaignResults
{
    public int Audience { get; init; }
    public int Pending { get; init; }
    public int Queued { get; init; }
    public int Sent { get; init; }
    public int Failed { get; init; }
    public int Skipped { get; init; }
    public int Opened { get; init; }
    public int Clicked { get; init; }
    public int Unsubscribed { get; init; }

    public double? Rate(int count, int of) => of == 0 ? null : 100.0 * count / of;
}
