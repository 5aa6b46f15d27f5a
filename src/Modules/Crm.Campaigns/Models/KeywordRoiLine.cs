namespace Crm.Campaigns.Models;

/// <summary>Keyword-ad ROI of one keyword in one month.</summary>
/// <param name="Month">yyyy-MM.</param>
public sealed record KeywordRoiLine(string Month, string Keyword, RoiLine Line);
