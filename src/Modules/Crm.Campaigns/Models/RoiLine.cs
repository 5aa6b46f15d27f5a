namespace Crm.Campaigns.Models;

/// <summary>One row of an ROI table: a campaign, a channel, a month or a keyword.</summary>
/// <param name="Key">The campaign's id, the channel's value, the month (yyyy-MM) or the keyword.</param>
/// <param name="Label">What the row is called on screen (campaign name, channel label, month, keyword).</param>
/// <param name="Leads">Customers the campaigns sourced (created) in the row's months.</param>
/// <param name="Buyers">Different sourced customers with attributed revenue in the row's months.</param>
/// <param name="Figures">Cost, revenue and ROI per currency.</param>
/// <param name="Clicks">Keyword-ad clicks of the cost lines (null when none were given).</param>
/// <param name="Impressions">Keyword-ad impressions of the cost lines (null when none were given).</param>
public sealed record RoiLine(string Key, string Label, long Leads, long Buyers, IReadOnlyList<RoiFigure> Figures, long? Clicks = null, long? Impressions = null)
{
    public RoiFigure? In(string currency) => Figures.FirstOrDefault(f => f.Currency == currency);
}
