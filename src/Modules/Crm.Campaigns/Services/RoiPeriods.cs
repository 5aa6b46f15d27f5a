using Crm.Dashboard.Kpis;

namespace Crm.Campaigns.Services;

/// <summary>The default months of a campaign's page.</summary>
public static class RoiPeriods
{
    /// <summary>A campaign's months: from its start (or creation) to this month, at most <see cref="KpiPeriod.MaxMonths"/>.</summary>
    public static KpiPeriod OfCampaign(DateOnly started, DateOnly today)
    {
        var first = KpiPeriod.MonthOf(started);
        var last = KpiPeriod.MonthOf(today) < first ? first : KpiPeriod.MonthOf(today);
        return new KpiPeriod(last.AddMonths(1 - KpiPeriod.MaxMonths) > first ? last.AddMonths(1 - KpiPeriod.MaxMonths) : first, last);
    }
}
