using System.Text.RegularExpressions;

namespace Crm.WebTracking.Collection;

/// <summary>
/// Crawlers, monitors, link previews, headless browsers and HTTP libraries: their hits are not visits. A missing or
/// absurdly long User-Agent is treated the same way: every real browser sends a short one. The quick check before any
/// other; uap-core's "Spider" device (<see cref="UserAgentParser"/>) catches the crawlers these words miss.
/// </summary>
public static partial class BotUserAgents
{
    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || userAgent.Length > HitLimits.MaxUserAgentLength || !userAgent.StartsWith("Mozilla/", StringComparison.Ordinal)
        || BotWords().IsMatch(userAgent);

    [GeneratedRegex(
        @"bot\b|bot/|crawl|spider|slurp|yeti|daum(oa)?[ /]|mediapartners|adsbot|bingpreview|facebookexternalhit|meta-externalagent|embedly|" +
        @"headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|statuscake|" +
        @"curl|wget|python|java/|okhttp|go-http|httpclient|axios|node-fetch|libwww|scrapy|feedfetcher|preview|archiver|ia_archiver",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BotWords();
}
