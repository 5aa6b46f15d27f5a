using System.Text.RegularExpressions;

namespace Crm.WebTracking.Collection;

/// <summary>What a hit may carry. Anything outside these bounds is dropped whole, never trimmed into something stored.</summary>
public static partial class HitLimits
{
    /// <summary>A beacon body larger than this is not read.</summary>
    public const int MaxBodyBytes = 8 * 1024;

    /// <summary>A page URL or referrer longer than this (as sent) is junk, not a page.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>The stored, normalised URL is cut to this length (the path column to <see cref="MaxPathLength"/>).</summary>
    public const int StoredUrlLength = 500;
    public const int MaxPathLength = 300;
    public const int MaxHostLength = 200;
    public const int MaxKeywordLength = 200;
    public const int MaxTagLength = 100;
    public const int MaxUserAgentLength = 1000;

    /// <summary>Dwell time is at most six hours; longer (or negative) is a forged or broken beacon.</summary>
    public const int MaxDwellSeconds = 6 * 60 * 60;

    /// <summary>How late a dwell beacon may come after the page view it belongs to.</summary>
    public static readonly TimeSpan DwellWindow = TimeSpan.FromSeconds(MaxDwellSeconds + 600);

    /// <summary>Page views a visitor id may record per minute, and hits (views and dwell) one IP may send per minute; for all nodes together when Redis is configured, else per node.</summary>
    public const int ViewsPerVisitorPerMinute = 30;
    public const int HitsPerIpPerMinute = 120;

    /// <summary>
    /// Visitor and page-view ids are random version-4 UUIDs in lower case, as crypto.randomUUID() makes them: anything else
    /// (other shapes, upper case, SQL, a customer's id) is not an id the script made.
    /// </summary>
    public static bool IsId(string? id) => id is { Length: 36 } && IdPattern().IsMatch(id);

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>A fresh id of the same shape, for a pixel hit from a browser without the script.</summary>
    public static string NewId() => Guid.NewGuid().ToString("D");
}
