using Crm.Core.Content.Queries;
using Crm.Opportunities.Models;

namespace Crm.Dashboard.Kpis;

/// <summary>The brief's KPIs over one period; each figure's definition is on the screen (<c>_SalesKpiTable</c>) and in the README.</summary>
/// <param name="Retention">Customers with revenue in the previous period and again in this one, of those with revenue in the previous period.</param>
/// <param name="SalesCycle">Days from creation to close of the opportunities won in the period (median and mean).</param>
/// <param name="UpSell">Won up-sell and cross-sell opportunities, of all opportunities won in the period.</param>
/// <param name="Revenue">Revenue recognised in the period's months, per currency.</param>
/// <param name="NetNewRevenue">Of it, the revenue from customers whose first purchase was in the period, per currency.</param>
/// <param name="NewCustomers">Customers whose first purchase (earliest order that counts) was in the period.</param>
/// <param name="LifetimeValue">All revenue up to the period's end ÷ the customers it came from, per currency.</param>
public sealed record SalesKpiReport(
    KpiPeriod Period,
    Ratio Retention,
    DurationSummary SalesCycle,
    Ratio UpSell,
    IReadOnlyList<Money> Revenue,
    IReadOnlyList<Money> NetNewRevenue,
    long NewCustomers,
    AcquisitionCost AcquisitionCost,
    IReadOnlyList<Money> LifetimeValue)
{
    /// <summary>Median days to win, to one decimal; null without won opportunities.</summary>
    public decimal? MedianCycleDays => OneDecimal(SalesCycle.MedianDays);

    public decimal? MeanCycleDays => OneDecimal(SalesCycle.MeanDays);

    // "+ 0.0m" gives whole numbers their one decimal too (5 → 5.0), whichever database measured them.
    private static decimal? OneDecimal(decimal? days) => days is { } value ? Math.Round(value, 1) + 0.0m : null;
}
