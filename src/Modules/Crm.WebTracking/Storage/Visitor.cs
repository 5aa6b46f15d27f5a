namespace Crm.WebTracking.Storage;

/// <summary>An anonymous visitor (a row of web_visitors): when first and last seen, where the first visit came from, and the customer it became.</summary>
public sealed record Visitor
{
    public const string Columns =
        "visitor_id, first_seen_utc, last_seen_utc, first_url, first_source, first_referrer_host, first_keyword, first_utm_source, first_utm_medium, " +
        "first_utm_campaign, first_utm_term, customer_id, converted_utc";

    public string VisitorId { get; init; } = "";
    public string FirstSeenUtc { get; init; } = "";
    public string LastSeenUtc { get; init; } = "";
    public string FirstUrl { get; init; } = "";
    public string FirstSource { get; init; } = "";
    public string? FirstReferrerHost { get; init; }
    public string? FirstKeyword { get; init; }
    public string? FirstUtmSource { get; init; }
    public string? FirstUtmMedium { get; init; }
    public string? FirstUtmCampaign { get; init; }
    public string? FirstUtmTerm { get; init; }
    public string? CustomerId { get; init; }
    public string? ConvertedUtc { get; init; }
}
