namespace Crm.Campaigns.Models;

/// <summary>A campaign's cost lines of one month (and keyword), summed per currency.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Keyword">The keyword of keyword-ad cost lines; null for the other lines.</param>
public sealed record CostRow(string Campaign, DateOnly Month, string? Keyword, string Currency, decimal Amount, long? Clicks, long? Impressions);
