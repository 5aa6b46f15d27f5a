using Crm.Core.Content.Store;
using Crm.EmailCampaigns.Sending;

namespace Crm.EmailCampaigns.Models;

/// <summary>A campaign's results page: the campaign, its counts, a page of its recipients, what the user may do, and the last action's outcome.</summary>
public sealed record CampaignPage(ContentItem Campaign, CampaignResults Results, IReadOnlyList<Recipient> Recipients, bool HasMore, RecipientFilter Filter)
{
    public bool CanTest { get; init; }
    public bool CanSend { get; init; }
    public string? Message { get; init; }
    public string? Error { get; init; }
    public string? TestAddress { get; init; }

    public string? Status => Campaign.Text(EmailCampaignModel.Status);
}
