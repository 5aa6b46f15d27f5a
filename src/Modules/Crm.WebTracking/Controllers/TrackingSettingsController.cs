using Crm.Core.Data;
using Crm.Core.Security;
using Crm.Core.Settings;
using Crm.WebTracking.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.WebTracking.Controllers;

/// <summary>/admin/tracking/settings: allowed websites, IP anonymisation, retention and the GeoIP database. All four are saved together or not at all.</summary>
[RequirePermission(Permissions.ManageWebTracking)]
public sealed class TrackingSettingsController(SiteSettings settings, TenantDb db, IStringLocalizer<WebTrackingText> text) : Controller
{
    [HttpGet("/admin/tracking/settings")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new TrackingSettingsPage(TrackingSettingsForm.From(await TrackingSettings.ReadAsync(settings, cancellationToken))));

    [HttpPost("/admin/tracking/settings")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromForm] TrackingSettingsForm form, CancellationToken cancellationToken)
    {
        var values = form.Values();
        var errors = new Dictionary<string, string>();
        foreach (var (field, setting, value) in values)
        {
            if (settings.Definition(setting)?.Validate(value) is { } error) errors[field] = error;
        }
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new TrackingSettingsPage(form) { Errors = errors });
        }
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (_, setting, value) in values) await settings.SetAsync(setting, value, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return View("Index", new TrackingSettingsPage(TrackingSettingsForm.From(await TrackingSettings.ReadAsync(settings, cancellationToken)))
        {
            Notice = text["Web tracking settings saved."],
        });
    }
}
