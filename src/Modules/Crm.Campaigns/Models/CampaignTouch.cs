namespace Crm.Campaigns.Models;

/// <summary>A campaign reaching a customer: it sourced them, or they responded to it; its attribution window starts on <paramref name="Day"/>.</summary>
/// <param name="Day">The day of the touch in the tenant's time zone.</param>
public sealed record CampaignTouch(string Campaign, DateOnly Day, bool Sourced);
