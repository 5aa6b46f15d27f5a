using System.Web;

namespace Crm.WebTracking.Collection;

/// <summary>
/// A page's address as stored: http(s) only, host in lower case, no default port, no fragment, the query without the
/// campaign tags and click ids (they are stored apart, and would split one page into thousands), cut to the column sizes.
/// </summary>
public sealed record PageAddress(string Origin, string Host, string Url, string Path, UtmTags Utm)
{
    private static readonly HashSet<string> DroppedParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "gclid", "gbraid", "wbraid", "fbclid", "msclkid", "n_media",
        "n_query", "n_rank", "n_ad_group", "n_ad", "n_keyword_id", "n_keyword", "n_campaign_type", "n_ad_group_type", "n_match",
    };

    /// <summary>The address, or null when it is not an absolute http(s) URL of reasonable length.</summary>
    public static PageAddress? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > HitLimits.MaxUrlLength) return null;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length is 0 or > HitLimits.MaxHostLength)
        {
            return null;
        }
        if (!string.IsNullOrEmpty(uri.UserInfo)) return null; // credentials in a page address: not a page anyone visits

        var query = HttpUtility.ParseQueryString(uri.Query);
        var utm = UtmTags.From(query);
        var kept = query.AllKeys.Where(k => k is not null && !DroppedParameters.Contains(k)).Order(StringComparer.Ordinal)
            .SelectMany(k => query.GetValues(k)!.Select(v => $"{Uri.EscapeDataString(k!)}={Uri.EscapeDataString(v)}"))
            .ToList();
        var origin = uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        var path = uri.AbsolutePath;
        var url = origin + path + (kept.Count > 0 ? "?" + string.Join('&', kept) : "");
        return new PageAddress(origin, uri.Host.ToLowerInvariant(), Cut(url, HitLimits.StoredUrlLength), Cut(path, HitLimits.MaxPathLength), utm);
    }

    public static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
