using Crm.Core.Modules;
using Crm.Core.Settings;
using Crm.WebTracking.Endpoints;
using Crm.WebTracking.Forms;
using Crm.WebTracking.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.WebTracking.Controllers;

/// <summary>
/// The public web-to-lead form, under the tenant's prefix: /t/form/{id} is the page (shown in a frame on the allowed
/// websites only), /t/form/{id}.js the loader a website embeds. No antiforgery token: the page is anonymous and a
/// cross-site frame gets no cookies to prove anything with; the honeypot and the rate limits keep bots out.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ForFeature(WebTrackingModel.FeatureId)]
public sealed class WebFormController(WebForms forms, LeadCapture leads, SiteSettings siteSettings) : Controller
{
    [HttpGet("/t/form/{id}.js")]
    public async Task<IActionResult> Loader(string id, CancellationToken cancellationToken)
    {
        if (await forms.FindAsync(id, cancellationToken) is null) return NotFound();
        Response.Headers.CacheControl = "public, max-age=300";
        return File(EmbeddedScripts.FormLoader.Value, "text/javascript; charset=utf-8");
    }

    [HttpGet("/t/form/{id}")]
    public async Task<IActionResult> Show(string id, [FromQuery] string? v, CancellationToken cancellationToken)
    {
        if (await forms.FindAsync(id, cancellationToken) is not { } form) return NotFound();
        return await PageAsync(new WebFormPage(form, v, PostUrl(id)), StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("/t/form/{id}")]
    public async Task<IActionResult> Submit(string id, CancellationToken cancellationToken)
    {
        if (await forms.FindAsync(id, cancellationToken) is not { } form) return NotFound();
        if (!Request.HasFormContentType) return await PageAsync(new WebFormPage(form, null, PostUrl(id)), StatusCodes.Status415UnsupportedMediaType, cancellationToken);
        var posted = await Request.ReadFormAsync(cancellationToken);
        var visitor = posted["visitorId"].ToString();
        var page = new WebFormPage(form, visitor, PostUrl(id))
        {
            Values = form.Fields.ToDictionary(f => f.QualifiedName, f => posted[f.QualifiedName].ToString()),
        };
        var result = await leads.SubmitAsync(form, posted, visitor, HttpContext.Connection.RemoteIpAddress, cancellationToken);
        return result.Outcome switch
        {
            FormSubmissionOutcome.Invalid => await PageAsync(page with { Errors = result.Errors }, StatusCodes.Status400BadRequest, cancellationToken),
            FormSubmissionOutcome.TooMany => await PageAsync(page with { TooMany = true }, StatusCodes.Status429TooManyRequests, cancellationToken),
            _ => await PageAsync(page with { Thanked = true, Values = new Dictionary<string, string>() }, StatusCodes.Status200OK, cancellationToken),
        };
    }

    private string PostUrl(string id) => $"{Request.PathBase}/t/form/{Uri.EscapeDataString(id)}";

    /// <summary>The page, which only the allowed websites may show in a frame.</summary>
    private async Task<IActionResult> PageAsync(WebFormPage page, int status, CancellationToken cancellationToken)
    {
        var settings = await TrackingSettings.ReadAsync(siteSettings, cancellationToken);
        Response.Headers.ContentSecurityPolicy = "frame-ancestors 'self'" + string.Concat(settings.AllowedOrigins.Select(o => " " + o));
        Response.StatusCode = status;
        return View("Index", page);
    }
}
