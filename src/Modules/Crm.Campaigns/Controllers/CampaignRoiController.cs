using Crm.Campaigns.Models;
using Crm.Campaigns.Services;
using Crm.Core.Security;
using Crm.Dashboard.Kpis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Campaigns.Controllers;

/// <summary>/admin/campaigns/roi?from=2026-01&amp;to=2026-11: ROI by campaign, channel, month and keyword, with charts.</summary>
[RequirePermission(Permissions.ViewCampaigns)]
public sealed class CampaignRoiController(RoiReports reports, KpiCalendar calendar, IStringLocalizer<CampaignsText> text) : Controller
{
    [HttpGet("/admin/campaigns/roi")]
    public async Task<IActionResult> Index(string? from, string? to, CancellationToken cancellationToken)
    {
        var (period, error) = KpiPeriod.Parse(from, to, await calendar.LastMonthsAsync(KpiPeriod.DefaultMonths, cancellationToken));
        if (error is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new RoiPage(await reports.ForAsync(period, null, cancellationToken), error is null ? null : text[error, KpiPeriod.MaxMonths].Value));
    }
}
