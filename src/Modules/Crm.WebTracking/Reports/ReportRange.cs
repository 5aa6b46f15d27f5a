using System.Globalization;

namespace Crm.WebTracking.Reports;

/// <summary>A report's days, from and to inclusive, as the tenant's calendar counts them; at most <see cref="MaxDays"/> days.</summary>
public sealed record ReportRange(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;
    private const string Format = "yyyy-MM-dd";

    public string FromText => From.ToString(Format, CultureInfo.InvariantCulture);
    public string ToText => To.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The range the query asks for (the last 30 days through today when it asks for none), or the problem with it.</summary>
    public static (ReportRange? Range, string? Error) Parse(string? from, string? to, DateOnly today)
    {
        DateOnly end = today, start;
        if (!string.IsNullOrWhiteSpace(to) && !DateOnly.TryParseExact(to.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out end))
        {
            return (null, "'To' must be a date like 2026-11-23.");
        }
        if (string.IsNullOrWhiteSpace(from)) start = end.AddDays(-(DefaultDays - 1));
        else if (!DateOnly.TryParseExact(from.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return (null, "'From' must be a date like 2026-11-01.");
        }
        if (end < start) return (null, "'To' must not be before 'From'.");
        if (end.DayNumber - start.DayNumber + 1 > MaxDays) return (null, "A report covers at most 366 days.");
        return (new ReportRange(start, end), null);
    }
}
