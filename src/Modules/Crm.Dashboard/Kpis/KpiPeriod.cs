using System.Globalization;

namespace Crm.Dashboard.Kpis;

/// <summary>
/// Whole calendar months as the tenant lives them (its time zone): from the first day of <see cref="FirstMonth"/> to the
/// last day of <see cref="LastMonth"/>. Revenue is recognised per month, so every figure uses whole months.
/// </summary>
/// <param name="FirstMonth">The first day of the first month.</param>
/// <param name="LastMonth">The first day of the last month.</param>
public sealed record KpiPeriod(DateOnly FirstMonth, DateOnly LastMonth)
{
    public const int DefaultMonths = 12;
    public const int MaxMonths = 120;

    public int Months => (LastMonth.Year - FirstMonth.Year) * 12 + LastMonth.Month - FirstMonth.Month + 1;

    /// <summary>The first day after the period.</summary>
    public DateOnly End => LastMonth.AddMonths(1);

    /// <summary>The last day of the period.</summary>
    public DateOnly LastDay => End.AddDays(-1);

    /// <summary>The same number of months just before this period (the base of the retention rate).</summary>
    public KpiPeriod Previous => new(FirstMonth.AddMonths(-Months), FirstMonth.AddMonths(-1));

    /// <summary>The first day of each month, in order.</summary>
    public IReadOnlyList<DateOnly> EachMonth => Enumerable.Range(0, Months).Select(FirstMonth.AddMonths).ToList();

    /// <summary><paramref name="months"/> months ending with the month of <paramref name="day"/>.</summary>
    public static KpiPeriod Ending(DateOnly day, int months) => new(MonthOf(day).AddMonths(1 - months), MonthOf(day));

    /// <summary>The months from the one of <paramref name="from"/> to the one of <paramref name="to"/>.</summary>
    /// <exception cref="ArgumentException">The months do not make a period (<see cref="Problem"/>).</exception>
    public static KpiPeriod Between(DateOnly from, DateOnly to) =>
        Problem(from, to) is { } problem ? throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, problem, MaxMonths)) : new(MonthOf(from), MonthOf(to));

    /// <summary>What is wrong with a period from the month of <paramref name="from"/> to that of <paramref name="to"/>, as English text ({0}: <see cref="MaxMonths"/>); null when nothing.</summary>
    public static string? Problem(DateOnly from, DateOnly to) => new KpiPeriod(MonthOf(from), MonthOf(to)).Months switch
    {
        < 1 => "The first month must not be after the last one.",
        > MaxMonths => "A period may span at most {0} months.",
        _ => null,
    };

    /// <summary>
    /// The months a screen asks for ("2026-01" to "2026-11"; one left empty keeps <paramref name="fallback"/>'s), or
    /// <paramref name="fallback"/> with what is wrong as English text ({0}: <see cref="MaxMonths"/>) when they make no period.
    /// </summary>
    public static (KpiPeriod Period, string? Error) Parse(string? from, string? to, KpiPeriod fallback)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to)) return (fallback, null);
        var first = string.IsNullOrWhiteSpace(from) ? fallback.FirstMonth : ParseMonth(from);
        var last = string.IsNullOrWhiteSpace(to) ? fallback.LastMonth : ParseMonth(to);
        if (first is null || last is null) return (fallback, "Give the months as yyyy-MM.");
        return Problem(first.Value, last.Value) is { } problem ? (fallback, problem) : (Between(first.Value, last.Value), null);
    }

    /// <summary>A month as "yyyy-MM" or a day as "yyyy-MM-dd" (its month); null when neither.</summary>
    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? MonthOf(day) : null;

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
