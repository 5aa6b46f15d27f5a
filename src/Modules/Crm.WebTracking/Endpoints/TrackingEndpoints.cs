using Crm.WebTracking.Collection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.WebTracking.Endpoints;

/// <summary>
/// What a tracked website calls, under the tenant's prefix: the script, the beacon and the pixel. The beacon always
/// answers 204 and the pixel always the GIF, whatever was sent: a hit is stored or dropped, and the page never notices.
/// </summary>
public static class TrackingEndpoints
{
    public const string ScriptPath = "/t/track.js";
    public const string CollectPath = "/t/collect";
    public const string PixelPath = "/t/pixel.gif";
    public const string VisitorCookie = "crm_vid";

    /// <summary>A transparent 1×1 GIF.</summary>
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static void MapTracking(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ScriptPath, (HttpContext http) => EmbeddedScripts.Serve(http, EmbeddedScripts.Tracking));

        endpoints.MapPost(CollectPath, async (HttpContext http, HitCollector collector) =>
        {
            if (await HitReader.FromBeaconAsync(http.Request, http.RequestAborted) is { } hit) await collector.CollectAsync(hit, http.RequestAborted);
            return Results.NoContent();
        });

        endpoints.MapGet(PixelPath, async (HttpContext http, HitCollector collector) =>
        {
            await collector.CollectAsync(HitReader.FromPixel(http.Request, PixelVisitor(http)), http.RequestAborted);
            return PixelResult(http);
        });

        // A prefix no tenant has lands in the default tenant: answered the same way, nothing read or stored.
        endpoints.MapPost("/{unknownTenant}" + CollectPath, () => Results.NoContent());
        endpoints.MapGet("/{unknownTenant}" + PixelPath, PixelResult);
    }

    /// <summary>
    /// A browser without the script has no stored visitor id: the pixel keeps one in a cookie of the CRM's own site
    /// (sent back where third-party cookies are allowed; elsewhere each page view is a new visitor).
    /// </summary>
    private static string PixelVisitor(HttpContext http)
    {
        var query = http.Request.Query["v"];
        if (query.Count == 1 && HitLimits.IsId(query[0])) return query[0]!;
        if (http.Request.Cookies.TryGetValue(VisitorCookie, out var cookie) && HitLimits.IsId(cookie)) return cookie;
        var id = HitLimits.NewId();
        http.Response.Cookies.Append(VisitorCookie, id, new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = http.Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365), Path = http.Request.PathBase.HasValue ? http.Request.PathBase.Value : "/",
        });
        return id;
    }

    private static IResult PixelResult(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store, no-cache, must-revalidate";
        return Results.Bytes(Gif, "image/gif");
    }
}
