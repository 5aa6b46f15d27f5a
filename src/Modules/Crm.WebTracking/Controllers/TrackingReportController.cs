using Crm.Core.Content.Queries;
using Crm.Core.Security;
using Crm.Core.Settings;
using Crm.WebTracking.Reports;
using Crm.WebTracking.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.WebTracking.Controllers;

/// <summary>/admin/tracking: top pages, sources, devices and conversion for a range of the tenant's days, and the embed snippets.</summary>
[RequirePermission(Permissions.ViewWebTracking)]
public sealed class TrackingReportController(TrackingReport report, TenantCalendar calendar, TenantTimeZone timeZone, SiteSettings siteSettings, ContentQuery query,
    IStringLocalizer<WebTrackingText> text) : Controller
{
    [HttpGet("/admin/tracking")]
    public async Task<IActionResult> Index([FromQuery] string? from, [FromQuery] string? to, CancellationToken cancellationToken)
    {
        var (range, error) = ReportRange.Parse(from, to, await calendar.TodayAsync(cancellationToken));
        if (range is null)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: text[error!]);
        }
        var page = await report.ForAsync(range, (await timeZone.GetAsync(cancellationToken)).Id, cancellationToken);
        var forms = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = WebTrackingModel.WebForm, OrderBy = ["CreatedUtc", "Id"], First = 100, Count = CountMode.None,
        }, cancellationToken);
        var settings = await TrackingSettings.ReadAsync(siteSettings, cancellationToken);
        return View(page with
        {
            BaseUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}",
            Forms = forms.Items.Select(f => (f.Id, f.DisplayText)).ToList(),
            HasAllowedOrigins = settings.AllowedOrigins.Count > 0,
        });
    }
}
