using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Settings;

namespace Crm.WebTracking.Reports;

/// <summary>
/// The web reports for a range of the tenant's days: one GROUP BY per table over the page views of the range (the
/// viewed_utc index bounds the scan), and the conversion of the visitors first seen in it, by their first source.
/// </summary>
public sealed class TrackingReport(TenantDb db, TenantCalendar calendar)
{
    public const int TopRows = 20;
    private const string Range = "viewed_utc >= @from AND viewed_utc < @to";
    private const string Measures = "COUNT(*) AS views, COUNT(DISTINCT visitor_id) AS visitors, CAST(AVG(dwell_seconds) AS DOUBLE PRECISION) AS avg_dwell";

    public async Task<TrackingReportPage> ForAsync(ReportRange range, string timeZone, CancellationToken cancellationToken)
    {
        var args = new
        {
            from = DateTimeFieldKind.Canonical(await calendar.StartOfAsync(range.From, cancellationToken)),
            to = DateTimeFieldKind.Canonical(await calendar.StartOfAsync(range.To.AddDays(1), cancellationToken)),
            top = TopRows,
            none = 0,
        };
        var totals = await db.QuerySingleOrDefaultAsync<ReportRow>($"SELECT {Measures} FROM web_page_views WHERE {Range}", args, cancellationToken) ?? new ReportRow();
        return new TrackingReportPage(range, timeZone, totals)
        {
            Pages = await TopAsync("path", "host", null, args, cancellationToken),
            Referrers = await TopAsync("referrer_host", null, "referrer_host IS NOT NULL", args, cancellationToken),
            UtmSources = await TopAsync("utm_source", "utm_medium", "utm_source IS NOT NULL", args, cancellationToken),
            Keywords = await TopAsync("keyword", "search_engine", "keyword IS NOT NULL", args, cancellationToken),
            Devices = await TopAsync("device", null, null, args, cancellationToken),
            OperatingSystems = await TopAsync("os", null, null, args, cancellationToken),
            Browsers = await TopAsync("browser", null, null, args, cancellationToken),
            Regions = await TopAsync("region", null, "region IS NOT NULL", args, cancellationToken),
            Conversion = await db.QueryAsync<ConversionRow>(
                "SELECT first_source AS source, COUNT(*) AS visitors, COUNT(customer_id) AS leads FROM web_visitors " +
                $"WHERE first_seen_utc >= @from AND first_seen_utc < @to GROUP BY first_source ORDER BY leads DESC, visitors DESC, first_source {db.Dialect.Paging("top", "none")}",
                args, cancellationToken),
        };
    }

    // Column names are this class's constants, never request text.
    private Task<IReadOnlyList<ReportRow>> TopAsync(string label, string? detail, string? condition, object args, CancellationToken cancellationToken)
    {
        var columns = detail is null ? label : $"{label}, {detail}";
        return db.QueryAsync<ReportRow>(
            $"SELECT {label} AS label, {(detail is null ? "NULL" : detail)} AS detail, {Measures} FROM web_page_views " +
            $"WHERE {Range}{(condition is null ? "" : " AND " + condition)} GROUP BY {columns} ORDER BY views DESC, visitors DESC, {columns} " +
            db.Dialect.Paging("top", "none"),
            args, cancellationToken);
    }
}
