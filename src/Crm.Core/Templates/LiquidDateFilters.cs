using System.Globalization;

namespace Crm.Core.Templates;

/// <summary>
/// Date arithmetic for templates, which DotLiquid lacks: <c>{{ item.CreatedUtc | add_months: 1 }}</c>,
/// <c>{{ now | add_days: 7 }}</c>, <c>{{ item.CreatedUtc | add_years: 1 }}</c>. The input is a date (yyyy-MM-dd, taken as
/// midnight UTC) or a date-time (UTC unless it says otherwise); the result is a UTC date-time in the canonical form stored in
/// items (yyyy-MM-ddTHH:mm:ss.fffffffZ), so it can feed a date-time field or a timer. Months and years are calendar ones:
/// 31 January plus one month is the last day of February. Empty input renders as nothing.
/// </summary>
public static class LiquidDateFilters
{
    public static string? AddDays(object? input, object? days) => Shift(input, days, "add_days", (at, n) => at.AddDays(n));

    public static string? AddMonths(object? input, object? months) => Shift(input, months, "add_months", (at, n) => at.AddMonths(n));

    public static string? AddYears(object? input, object? years) => Shift(input, years, "add_years", (at, n) => at.AddYears(n));

    private static string? Shift(object? input, object? amount, string filter, Func<DateTimeOffset, int, DateTimeOffset> shift)
    {
        if (input is null || input is string { Length: 0 }) return null;
        var at = input switch
        {
            DateTimeOffset offset => offset,
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : time.Kind)),
            _ => DateTimeOffset.TryParse(Convert.ToString(input, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                ? parsed
                : throw new FormatException($"{filter}: '{input}' is not a date or date-time."),
        };
        int n;
        try
        {
            n = Convert.ToInt32(amount, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new FormatException($"{filter}: '{amount}' is not a whole number.");
        }
        return shift(at.ToUniversalTime(), n).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
    }
}
