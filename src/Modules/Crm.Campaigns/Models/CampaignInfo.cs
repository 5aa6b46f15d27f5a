namespace Crm.Campaigns.Models;

/// <summary>What the figures need to know of a campaign.</summary>
/// <param name="Channel">The channel's value (e.g. KeywordAd); null when not set.</param>
/// <param name="WindowDays">The attribution window: orders dated up to this many days after the customer's creation day count.</param>
public sealed record CampaignInfo(string Id, string Name, string? Code, string? Channel, int WindowDays);
