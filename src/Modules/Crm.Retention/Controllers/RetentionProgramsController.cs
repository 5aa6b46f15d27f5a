using Crm.Core.Content.Security;
using Crm.Core.Security;
using Crm.Retention.Models;
using Crm.Retention.Results;
using Crm.Retention.Programs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Retention.Controllers;

/// <summary>
/// /admin/retention: every retention program with its members reached, responses, revenue after and lift against its
/// holdout, and a link to its workflow in the designer; /admin/retention/programs/{name}: the program's holdout share,
/// response window and (for a dormant wake-up) the days without a purchase.
/// </summary>
public sealed class RetentionProgramsController(ProgramCatalog catalog, ProgramSettingsStore settings, ProgramOutcomes outcomes, ProgramSettingsEditor editor,
    IAuthorizationService authorization, IStringLocalizer<RetentionText> text) : Controller
{
    [HttpGet("/admin/retention")]
    [RequirePermission(Permissions.ViewRetentionPrograms)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var all = await settings.AllAsync(cancellationToken);
        var rows = new List<ProgramRow>();
        foreach (var program in await catalog.ListAsync(cancellationToken))
        {
            var values = all.GetValueOrDefault(program.Name) ?? ProgramSettings.Default;
            rows.Add(new ProgramRow(program, values, await outcomes.ForAsync(program.Name, values.WindowDays, cancellationToken)));
        }
        var canManage = (await authorization.AuthorizeAsync(User, PermissionPolicyProvider.Prefix + Permissions.ManageRetentionPrograms)).Succeeded;
        return View(new ProgramsPage(rows, canManage));
    }

    [HttpGet("/admin/retention/programs/{name}")]
    [RequirePermission(Permissions.ManageRetentionPrograms)]
    public async Task<IActionResult> Settings(string name, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(name, cancellationToken) is not { } program) return NotFound();
        var values = await settings.ForAsync(program.Name, cancellationToken);
        return View(new ProgramSettingsPage(program, Figures.Percent(values.HoldoutPercent), values.WindowDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            QuietOf(program)?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [HttpPost("/admin/retention/programs/{name}")]
    [RequirePermission(Permissions.ManageRetentionPrograms)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string name, [FromForm] string? holdoutPercent, [FromForm] string? windowDays, [FromForm] string? quietDays,
        CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(name, cancellationToken) is not { } program) return NotFound();
        var holdoutOk = ProgramSettings.TryHoldout(holdoutPercent ?? "", out var holdout);
        var windowOk = ProgramSettings.TryWindow(windowDays ?? "", out var window);
        int? quiet = null;
        var quietOk = true;
        if (QuietOf(program) is not null)
        {
            quietOk = int.TryParse((quietDays ?? "").Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days)
                      && days >= 1 && days <= QuietDays.Max;
            if (quietOk) quiet = days;
        }
        var page = new ProgramSettingsPage(program, holdoutPercent ?? "", windowDays ?? "", QuietOf(program) is null ? null : quietDays ?? "",
            holdoutOk ? null : text["Enter a share from 0 to {0} percent.", ProgramSettings.MaxHoldoutPercent].Value,
            windowOk ? null : text["Enter whole days from 1 to {0}.", ProgramSettings.MaxWindowDays].Value,
            quietOk ? null : text["Enter whole days from 1 to {0}.", QuietDays.Max].Value);
        if (page.HasErrors)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Settings", page);
        }
        try
        {
            await editor.SaveAsync(program, new ProgramSettings(holdout, window), quiet, ContentAuthorizer.UserId(User), cancellationToken);
        }
        catch (ProgramSettingsException e)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Settings", page with { Error = text[e.Template, e.Arguments] });
        }
        var saved = await catalog.FindAsync(program.Name, cancellationToken) ?? program;
        return View("Settings", page with { Program = saved, Notice = text["Saved. The holdout share counts for customers enrolled from now on; the window applies to the outcome at once."] });
    }

    private static int? QuietOf(RetentionProgram program) => program.Workflows.Select(w => w.QuietDays).FirstOrDefault(d => d is not null);
}
