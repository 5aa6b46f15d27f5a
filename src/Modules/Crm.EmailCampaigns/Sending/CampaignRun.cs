namespace Crm.EmailCampaigns.Sending;

/// <summary>A campaign's sending run: when its audience was materialised, how many it held, when the next mail may go out.</summary>
public sealed record CampaignRun
{
    public string CampaignId { get; init; } = "";
    public string StartedUtc { get; init; } = "";
    public int AudienceCount { get; init; }
    public string NextSendUtc { get; init; } = "";
    public string? FinishedUtc { get; init; }
}
