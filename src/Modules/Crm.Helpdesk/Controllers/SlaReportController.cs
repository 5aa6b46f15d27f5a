using Crm.Core.Security;
using Crm.Helpdesk.Models;
using Crm.Helpdesk.Services;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Helpdesk.Controllers;

/// <summary>/admin/helpdesk/sla-report?months=6: tickets per month and priority, the targets each missed, and the share that met both.</summary>
[RequirePermission(Permissions.ViewSlaReport)]
public sealed class SlaReportController(SlaReport report) : Controller
{
    [HttpGet("/admin/helpdesk/sla-report")]
    public async Task<IActionResult> Index(int? months, CancellationToken cancellationToken)
    {
        var span = Math.Clamp(months ?? SlaReport.DefaultMonths, 1, SlaReport.MaxMonths);
        return View(new SlaReportPage(span, await report.BuildAsync(span, cancellationToken)));
    }
}
