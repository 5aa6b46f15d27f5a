using Crm.Core.Content.Store;

namespace Crm.Campaigns.Models;

/// <param name="Members">Members by status (Member, Responded).</param>
/// <param name="Responses">The latest responses, newest first, with the customer's name.</param>
/// <param name="Notice">What the last action did (members added, costs imported), in the user's language.</param>
public sealed record CampaignPage(
    ContentItem Campaign,
    string? ChannelLabel,
    RoiPage Roi,
    IReadOnlyDictionary<string, long> Members,
    IReadOnlyList<(ContentItem Member, string Customer)> Responses,
    bool CanManage,
    string? Notice);
