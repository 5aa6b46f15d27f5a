namespace Crm.Campaigns.Models;

/// <summary>A customer a campaign sourced, and the month (its first day, in the tenant's time zone) the customer was created in.</summary>
public sealed record Lead(string Customer, string Campaign, DateOnly Month);
