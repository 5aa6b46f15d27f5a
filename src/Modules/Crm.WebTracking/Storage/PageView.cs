namespace Crm.WebTracking.Storage;

/// <summary>One stored page view (a row of web_page_views), everything already checked and normalised.</summary>
public sealed record PageView
{
    public required string ViewId { get; init; }
    public required string VisitorId { get; init; }
    public required string ViewedUtc { get; init; }
    public required string Url { get; init; }
    public required string Path { get; init; }
    public required string Host { get; init; }
    public string? Referrer { get; init; }
    public string? ReferrerHost { get; init; }
    public string? SearchEngine { get; init; }
    public string? Keyword { get; init; }
    public string? UtmSource { get; init; }
    public string? UtmMedium { get; init; }
    public string? UtmCampaign { get; init; }
    public string? UtmTerm { get; init; }
    public string? UtmContent { get; init; }
    public required string Device { get; init; }
    public required string Os { get; init; }
    public required string Browser { get; init; }
    public string? Region { get; init; }
    public string? Ip { get; init; }
    public int? DwellSeconds { get; init; }

    /// <summary>Where the visit came from, for the conversion report: the UTM source, else the search engine, else the referring site, else direct.</summary>
    public string Source => UtmSource ?? SearchEngine ?? ReferrerHost ?? DirectSource;

    public const string DirectSource = "(direct)";
}
