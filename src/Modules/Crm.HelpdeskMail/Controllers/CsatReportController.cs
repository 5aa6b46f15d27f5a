using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.HelpdeskMail.Satisfaction;
using Microsoft.AspNetCore.Mvc;

namespace Crm.HelpdeskMail.Controllers;

/// <summary>/admin/helpdesk/csat?months=6: survey answers per agent and month.</summary>
[ForFeature(MailFeatures.Satisfaction)]
[RequirePermission(SatisfactionPermissions.ViewCsatReport)]
public sealed class CsatReportController(CsatReport report) : Controller
{
    [HttpGet("/admin/helpdesk/csat")]
    public async Task<IActionResult> Index(int? months, CancellationToken cancellationToken)
    {
        var span = Math.Clamp(months ?? CsatReport.DefaultMonths, 1, CsatReport.MaxMonths);
        return View(new CsatReportPage(span, await report.BuildAsync(span, cancellationToken)));
    }
}
