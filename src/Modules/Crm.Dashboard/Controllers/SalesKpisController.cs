using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.Dashboard.Kpis;
using Crm.Dashboard.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Dashboard.Controllers;

/// <summary>/admin/dashboard/kpis?from=2025-12&amp;to=2026-11: the KPIs over chosen months, each with its definition.</summary>
[ForFeature(SalesKpisFeature.Id)]
[RequirePermission(Permissions.ViewTeamDashboard)]
public sealed class SalesKpisController(SalesKpis kpis, KpiCalendar calendar, IStringLocalizer<DashboardText> text) : Controller
{
    [HttpGet("/admin/dashboard/kpis")]
    public async Task<IActionResult> Index(string? from, string? to, CancellationToken cancellationToken)
    {
        var (period, problem) = KpiPeriod.Parse(from, to, await calendar.LastMonthsAsync(KpiPeriod.DefaultMonths, cancellationToken));
        var error = problem is null ? null : text[problem, KpiPeriod.MaxMonths].Value;
        if (error is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new SalesKpisPage(await kpis.ForAsync(period, cancellationToken), error));
    }
}
