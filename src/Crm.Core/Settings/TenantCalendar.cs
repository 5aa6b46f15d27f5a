
namespace Crm.Core.Settings;

/// <summary>Calendar days as the tenant lives them (its TimeZone setting): an order's date, a quote's validity, the forecast's months.</summary>
public sealed class TenantCalendar(TenantTimeZone timeZone, TimeProvider clock)
{
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), await timeZone.GetAsync(cancellationToken)).DateTime);

    /// <summary>The instant the day starts in the tenant's time zone.</summary>
    public async Task<DateTimeOffset> StartOfAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var zone = await timeZone.GetAsync(cancellationToken);
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
