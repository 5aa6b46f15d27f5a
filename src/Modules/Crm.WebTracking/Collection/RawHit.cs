using System.Net;

namespace Crm.WebTracking.Collection;

/// <summary>
/// A hit as it arrived, before any check: what the script (or pixel) sent and what the request itself says. Kind is
/// "view" (a page was shown) or "dwell" (the page was hidden after <see cref="DwellSeconds"/> seconds in view).
/// </summary>
public sealed record RawHit(string? Kind, string? VisitorId, string? ViewId, string? Url, string? Referrer, long? DwellSeconds)
{
    public string? UserAgent { get; init; }
    public string? Origin { get; init; }
    public IPAddress? Ip { get; init; }

    public const string View = "view";
    public const string Dwell = "dwell";
}
