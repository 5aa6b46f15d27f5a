using Crm.Dashboard.Kpis;

namespace Crm.Campaigns.Services;

/// <summary>The months a screen or the API asks for ("2026-01" to "2026-11"), as the Sales KPIs take them.</summary>
public static class RoiPeriods
{
    /// <returns>The period, or <paramref name="fallback"/> with what is wrong (English, {0}: the most months) when the months do not make one.</returns>
    public static (KpiPeriod Period, string? Error) Parse(string? from, string? to, KpiPeriod fallback)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to)) return (fallback, null);
        var first = string.IsNullOrWhiteSpace(from) ? fallback.FirstMonth : KpiPeriod.ParseMonth(from);
        var last = string.IsNullOrWhiteSpace(to) ? fallback.LastMonth : KpiPeriod.ParseMonth(to);
        if (first is null || last is null) return (fallback, "Give the months as yyyy-MM.");
        return KpiPeriod.Problem(first.Value, last.Value) is { } problem ? (fallback, problem) : (KpiPeriod.Between(first.Value, last.Value), null);
    }

    /// <summary>A campaign's months: from its start (or creation) to this month, at most <see cref="KpiPeriod.MaxMonths"/>.</summary>
    public static KpiPeriod OfCampaign(DateOnly started, DateOnly today)
    {
        var first = KpiPeriod.MonthOf(started);
        var last = KpiPeriod.MonthOf(today) < first ? first : KpiPeriod.MonthOf(today);
        return new KpiPeriod(last.AddMonths(1 - KpiPeriod.MaxMonths) > first ? last.AddMonths(1 - KpiPeriod.MaxMonths) : first, last);
    }
}
