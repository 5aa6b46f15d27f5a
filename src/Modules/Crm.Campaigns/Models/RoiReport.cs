using Crm.Dashboard.Kpis;

namespace Crm.Campaigns.Models;

/// <summary>
/// Campaign ROI over whole months in the tenant's time zone. A month's cost is the cost lines of that month; its revenue is
/// the revenue recognised in that month (as in the Sales KPIs) from orders of customers a campaign sourced, dated from the
/// day the customer was created up to the campaign's attribution window later.
/// </summary>
public sealed record RoiReport(
    KpiPeriod Period,
    IReadOnlyList<RoiLine> Campaigns,
    IReadOnlyList<RoiLine> Channels,
    IReadOnlyList<RoiLine> Months,
    IReadOnlyList<KeywordRoiLine> Keywords,
    RoiLine Total)
{
    public IReadOnlyList<string> Currencies => Total.Figures.Select(f => f.Currency).ToList();
}
