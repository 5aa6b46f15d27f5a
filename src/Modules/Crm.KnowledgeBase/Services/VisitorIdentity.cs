using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Crm.KnowledgeBase.Services;

/// <summary>
/// Who votes on the public pages without signing in: a random id in a cookie of the tenant's path (one vote per article
/// and cookie), and a hash of the tenant and the client address (only the hash is stored) to cap votes per address.
/// </summary>
public static class VisitorIdentity
{
    public const string CookieName = "crm_kb_visitor";

    /// <summary>The visitor's id, given (and set in a cookie for a year) when the request has none or a malformed one.</summary>
    public static string Ensure(HttpContext context)
    {
        var id = context.Request.Cookies[CookieName];
        if (id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower)) return id;
        id = Guid.NewGuid().ToString("N");
        context.Response.Cookies.Append(CookieName, id, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, IsEssential = true,
            Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/", MaxAge = TimeSpan.FromDays(365),
        });
        return id;
    }

    public static string ClientHash(HttpContext context, string tenant)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenant}\n{address}")));
    }
}
