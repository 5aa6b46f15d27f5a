using Crm.Core.Settings;

namespace Crm.Dashboard.Kpis;

/// <summary>Periods in the tenant's calendar: the default one (this month and the eleven before) and the instants a period starts and ends.</summary>
public sealed class KpiCalendar(TenantCalendar calendar)
{
    /// <summary><paramref name="months"/> months ending with this month (in the tenant's time zone).</summary>
    public async Task<KpiPeriod> LastMonthsAsync(int months, CancellationToken cancellationToken) =>
        KpiPeriod.Ending(await calendar.TodayAsync(cancellationToken), months);

    /// <summary>The period's first instant (midnight of its first day in the tenant's time zone) and the first instant after it.</summary>
    public async Task<(DateTimeOffset Start, DateTimeOffset End)> InstantsAsync(KpiPeriod period, CancellationToken cancellationToken) =>
        (await calendar.StartOfAsync(period.FirstMonth, cancellationToken), await calendar.StartOfAsync(period.End, cancellationToken));
}
