namespace Crm.Core.Content.Queries;

/// <summary>The instant a query runs at and the tenant's time zone: what "now" and "today" mean in relative dates.</summary>
public sealed record QueryClock(DateTimeOffset Now, TimeZoneInfo Zone)
{
    public static QueryClock Utc(DateTimeOffset now) => new(now, TimeZoneInfo.Utc);
}
