using Crm.Core.Settings;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Localization;

namespace Crm.Web.Localization;

/// <summary>
/// Last resort before the default: the tenant's "Culture" setting, used only when the browser sent no
/// Accept-Language (scripts, kiosks), so a Korean company's tenant still answers in Korean.
/// </summary>
public sealed class TenantCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (httpContext.Request.Headers.AcceptLanguage.Count > 0) return null;
        // Health endpoints and unknown tenants never reach here with a tenant in scope.
        if (httpContext.RequestServices.GetService<TenantScope>() is not { HasTenant: true }) return null;
        var settings = httpContext.RequestServices.GetRequiredService<SiteSettings>();
        var culture = CrmCultures.Find(await settings.GetStringAsync("Culture", httpContext.RequestAborted));
        return culture is null ? null : new ProviderCultureResult(culture);
    }
}
