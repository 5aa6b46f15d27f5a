using Crm.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Web.Controllers;

/// <summary>The language switch: remembers the chosen culture in a cookie and goes back to the page it came from.</summary>
[AllowAnonymous]
public sealed class CultureController : Controller
{
    [HttpPost("/culture")]
    [ValidateAntiForgeryToken]
    public IActionResult Set([FromForm] string? culture, [FromForm] string? returnUrl)
    {
        var supported = CrmCultures.Find(culture);
        if (supported is null) return BadRequest($"Unsupported culture; supported: {string.Join(", ", CrmCultures.Supported)}.");
        // Only local URLs: the switch must not become an open redirect.
        if (string.IsNullOrEmpty(returnUrl) || !Url.IsLocalUrl(returnUrl)) return BadRequest("The return URL must be a local path.");

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
            new CookieOptions
            {
                // A language is the person's choice, not the tenant's: one cookie for every tenant on this host.
                Path = "/",
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
        return LocalRedirect(returnUrl);
    }
}
