using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Security;
using Crm.Grades.Models;
using Crm.Grades.Rfm;
using Crm.Grades.Rules;
using Crm.Grades.Sweep;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Grades.Controllers;

/// <summary>/admin/grades: customers per grade, the RFM grid, when grades were last and will next be recalculated, and "Recalculate now".</summary>
public sealed class GradesController(
    GradeDistribution distribution, GradeSweepStore sweeps, ContentDefinitionManager definitions, FieldKinds kinds, TenantDb db,
    IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<GradesText> text) : Controller
{
    [HttpGet("/admin/grades")]
    [RequirePermission(Permissions.ViewGrades)]
    public async Task<IActionResult> Index(string? notice, CancellationToken cancellationToken)
    {
        var (fields, _) = RfmFields.Find(await definitions.GetAsync(cancellationToken), kinds, db.Dialect);
        var mayManage = (await authorization.AuthorizeAsync(User, PermissionPolicyProvider.Prefix + Permissions.ManageGrades)).Succeeded;
        return View(new GradesPage(
            await distribution.GradesAsync(cancellationToken),
            fields is null ? new RfmGrid(new Dictionary<(int, int), long>()) : await distribution.GridAsync(cancellationToken),
            await sweeps.GetAsync(cancellationToken),
            fields?.Currency ?? "KRW",
            mayManage,
            notice == "recalculating" ? text["Grades are being recalculated; refresh this page in a moment."].Value : null));
    }

    [HttpPost("/admin/grades/recalculate")]
    [RequirePermission(Permissions.ManageGrades)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Recalculate(CancellationToken cancellationToken)
    {
        await sweeps.RequestAsync(clock.GetUtcNow(), cancellationToken);
        return Redirect(Url.Content("~/admin/grades?notice=recalculating"));
    }
}
