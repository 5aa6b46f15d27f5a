using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Crm.Core.Data;

/// <summary>
/// Functions SQLite lacks and the dialect's SQL uses, registered on every connection the platform opens:
/// <c>crm_local_date(instant, zone)</c>, a UTC instant's calendar date ("2026-11-01") in an IANA time zone — what
/// PostgreSQL's <c>AT TIME ZONE</c> gives — so reports group by the tenant's months and days, daylight saving included.
/// </summary>
public static class SqliteFunctions
{
    public const string LocalDate = "crm_local_date";

    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);

    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction<string?, string?, string?>(LocalDate, LocalDateOf, isDeterministic: true);

    /// <returns>Null for a null or unreadable instant or an unknown zone.</returns>
    public static string? LocalDateOf(string? instant, string? zone)
    {
        if (instant is null || zone is null || !DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return null;
        var timeZone = Zones.GetOrAdd(zone, id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null);
        return timeZone is null ? null : TimeZoneInfo.ConvertTime(at, timeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
