namespace Crm.Campaigns.Models;

/// <summary>One checked row of a keyword-ad cost CSV.</summary>
/// <param name="Month">The first day of the month.</param>
public sealed record KeywordCostLine(int Row, DateOnly Month, string Keyword, decimal Cost, long? Clicks, long? Impressions);
