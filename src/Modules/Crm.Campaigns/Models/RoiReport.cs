using Crm.Dashboard.Kpis;

namespace Crm.Campaigns.Models;

/// <summary>
/// Campaign ROI over whole months in the tenant's time zone. A month's cost is the cost lines of that month; its revenue is
/// the revenue recognised in that month (as in the Sales KPIs) from orders attributed to the campaign: of customers it
/// sourced (from the day the customer was created) or who responded to it (from the day of the response), dated up to the
/// campaign's attribution window later; each order counts for one campaign (<see cref="Services.AttributedRevenue.Attribute"/>).
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
