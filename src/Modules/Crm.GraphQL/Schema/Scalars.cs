using System.Globalization;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>The scalars the content schema uses beside GraphQL's own: dates, date-times, exact decimals, and the filter forms of dates.</summary>
internal sealed class Scalars
{
    public TextScalarGraphType Date { get; } = new("Date", "A calendar date, yyyy-MM-dd.", Dates);

    public TextScalarGraphType DateTime { get; } = new("DateTime", "An instant in ISO-8601 with an offset, served in UTC (2026-11-22T09:30:00.0000000Z).", DateTimes);

    public TextScalarGraphType DateExpression { get; } = new("DateExpression",
        "A date (yyyy-MM-dd) or a relative date: now, today, optionally ± an amount with s, m, h, d, w, mo or y (today-30d).",
        text => RelativeDates.IsRelative(text) ? text.Trim() : Dates(text));

    public TextScalarGraphType DateTimeExpression { get; } = new("DateTimeExpression",
        "An ISO-8601 instant or a relative date: now, today, optionally ± an amount with s, m, h, d, w, mo or y (now-30d).",
        text => RelativeDates.IsRelative(text) ? text.Trim() : DateTimes(text));

    /// <summary>Exact decimals (numbers and money amounts): no binary rounding.</summary>
    public DecimalGraphType Decimal { get; } = new();

    // GraphQL's own scalars, one instance each: a schema refuses two instances of one type.
    public StringGraphType String { get; } = new();
    public IdGraphType Id { get; } = new();
    public BooleanGraphType Boolean { get; } = new();
    public IntGraphType Int { get; } = new();

    public IEnumerable<IGraphType> All => [Date, DateTime, DateExpression, DateTimeExpression, Decimal];

    private static string? Dates(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFieldKind.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture)
            : null;

    private static string? DateTimes(string text) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && HasOffset(text)
            ? DateTimeFieldKind.Canonical(instant)
            : null;

    /// <summary>An instant must say its offset ("Z" or "+09:00"); a bare local time would be read in the server's zone.</summary>
    private static bool HasOffset(string text)
    {
        var t = text.Trim();
        var timeStart = t.IndexOf('T');
        return timeStart > 0 && (t.EndsWith('Z') || t.EndsWith('z') || t.LastIndexOfAny(['+', '-']) > timeStart);
    }
}
