using Crm.Core.Tenants;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Users.Services;

/// <summary>
/// Gives each tenant its own sign-in cookie name, so the default tenant's cookie (path "/") is never read as
/// another tenant's session; the tenant claim check in the cookie events is the second lock.
/// </summary>
public sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, TenantKey(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, TenantKey(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, TenantKey(context, key), options);

    private static string TenantKey(HttpContext context, string key)
    {
        var scope = context.RequestServices.GetRequiredService<TenantScope>();
        return scope.HasTenant ? $"{key}.{scope.Tenant.Name.ToLowerInvariant()}" : key;
    }
}
