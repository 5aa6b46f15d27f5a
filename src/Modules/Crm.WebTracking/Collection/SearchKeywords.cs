using System.Web;

namespace Crm.WebTracking.Collection;

/// <summary>
/// The search words in a search engine's referrer: Naver and Zum put them in <c>query</c>, Google, Daum, Bing, Nate and
/// DuckDuckGo in <c>q</c>, Yahoo in <c>p</c>, Baidu in <c>wd</c>, Yandex in <c>text</c>. Engines that hide them (Google
/// mostly does now) give null.
/// </summary>
public static class SearchKeywords
{
    private static readonly (string Domain, string Parameter, string Engine)[] Engines =
    [
        ("naver.com", "query", "naver"),
        ("zum.com", "query", "zum"),
        ("daum.net", "q", "daum"),
        ("nate.com", "q", "nate"),
        ("bing.com", "q", "bing"),
        ("duckduckgo.com", "q", "duckduckgo"),
        ("yahoo.com", "p", "yahoo"),
        ("yahoo.co.jp", "p", "yahoo"),
        ("baidu.com", "wd", "baidu"),
        ("yandex.ru", "text", "yandex"),
        ("yandex.com", "text", "yandex"),
    ];

    /// <summary>The engine's short name when the host is a known search engine (any Google country domain counts).</summary>
    public static string? EngineOf(string host)
    {
        if (IsGoogle(host)) return "google";
        return Engines.FirstOrDefault(e => host == e.Domain || host.EndsWith("." + e.Domain, StringComparison.Ordinal)).Engine;
    }

    public static string? KeywordOf(Uri referrer)
    {
        var host = referrer.Host.ToLowerInvariant();
        var parameter = IsGoogle(host) ? "q" : Engines.FirstOrDefault(e => host == e.Domain || host.EndsWith("." + e.Domain, StringComparison.Ordinal)).Parameter;
        if (parameter is null) return null;
        var words = HttpUtility.ParseQueryString(referrer.Query)[parameter]?.Split(',')[0];
        words = string.Join(' ', (words ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // one space between words
        return words.Length == 0 || words.Any(char.IsControl) ? null : PageAddress.Cut(words, HitLimits.MaxKeywordLength);
    }

    // google.com, google.co.kr, www.google.de ... but not googleusercontent.com or google.example.com
    private static bool IsGoogle(string host)
    {
        var labels = host.Split('.');
        var at = Array.IndexOf(labels, "google");
        return at >= 0 && labels.Length - at is 2 or 3 && labels.Skip(at + 1).All(l => l.Length is >= 2 and <= 3);
    }
}
