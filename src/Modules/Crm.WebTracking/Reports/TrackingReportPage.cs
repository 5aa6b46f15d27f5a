namespace Crm.WebTracking.Reports;

/// <summary>The /admin/tracking page: totals and the tables for a date range, and what a website embeds.</summary>
public sealed record TrackingReportPage(ReportRange Range, string TimeZone, ReportRow Totals)
{
    public IReadOnlyList<ReportRow> Pages { get; init; } = [];
    public IReadOnlyList<ReportRow> Referrers { get; init; } = [];
    public IReadOnlyList<ReportRow> UtmSources { get; init; } = [];
    public IReadOnlyList<ReportRow> Keywords { get; init; } = [];
    public IReadOnlyList<ReportRow> Devices { get; init; } = [];
    public IReadOnlyList<ReportRow> OperatingSystems { get; init; } = [];
    public IReadOnlyList<ReportRow> Browsers { get; init; } = [];
    public IReadOnlyList<ReportRow> Regions { get; init; } = [];
    public IReadOnlyList<ConversionRow> Conversion { get; init; } = [];
    public long Leads => Conversion.Sum(c => c.Leads);

    /// <summary>The tenant's base address, for the embed snippets.</summary>
    public string BaseUrl { get; init; } = "";
    public IReadOnlyList<(string Id, string Title)> Forms { get; init; } = [];
    public bool HasAllowedOrigins { get; init; }
}
