using System.Globalization;
using Crm.Core.Content.Definitions;
using Crm.Core.Security;
using Crm.Helpdesk.Models;
using Crm.Helpdesk.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk.Controllers;

/// <summary>
/// /admin/helpdesk/sla: per ticket priority (the options of the Ticket's Priority field), the hours a ticket may wait for
/// its first response and for its resolution. Empty: no target. New targets count for tickets received or re-prioritised
/// from then on.
/// </summary>
[RequirePermission(Permissions.ManageHelpdeskSettings)]
public sealed class SlaSettingsController(SlaSettingsStore store, ContentDefinitionManager definitions, IStringLocalizer<HelpdeskText> text) : Controller
{
    [HttpGet("/admin/helpdesk/sla")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var targets = await store.GetAsync(cancellationToken);
        return View(new SlaSettingsPage((await PrioritiesAsync(cancellationToken)).Select(o =>
        {
            var target = targets.For(o.Value);
            return new SlaTargetRow(o.Value, o.Label, Text(target.FirstResponseHours), Text(target.ResolutionHours), null, null);
        }).ToList(), null));
    }

    [HttpPost("/admin/helpdesk/sla")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(CancellationToken cancellationToken)
    {
        var rows = new List<SlaTargetRow>();
        var targets = new Dictionary<string, SlaTarget>();
        foreach (var option in await PrioritiesAsync(cancellationToken))
        {
            var first = Request.Form[$"{option.Value}.{SlaTargets.FirstResponseHours}"].ToString().Trim();
            var resolution = Request.Form[$"{option.Value}.{SlaTargets.ResolutionHours}"].ToString().Trim();
            var firstOk = SlaTargets.TryHours(first, out var firstHours);
            var resolutionOk = SlaTargets.TryHours(resolution, out var resolutionHours);
            rows.Add(new SlaTargetRow(option.Value, option.Label, first, resolution, firstOk ? null : Invalid(), resolutionOk ? null : Invalid()));
            if (firstHours is not null || resolutionHours is not null) targets[option.Value] = new SlaTarget(firstHours, resolutionHours);
        }
        var page = new SlaSettingsPage(rows, null);
        if (page.HasErrors)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", page);
        }
        await store.SaveAsync(new SlaTargets(targets), cancellationToken);
        return View("Index", page with { Notice = text["SLA targets saved. They count for tickets received or re-prioritised from now on."] });
    }

    private string Invalid() => text["Enter hours above 0 and at most {0} (e.g. 4 or 0.5), or leave empty.", SlaTargets.MaxHours];

    private static string Text(decimal? hours) => hours?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private async Task<IReadOnlyList<ChoiceOption>> PrioritiesAsync(CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        return defs.FindType(HelpdeskModel.Ticket) is { } type && defs.FindField(type, HelpdeskModel.Priority) is { Field.Kind: "Choice" } priority
            ? priority.Field.Settings.Options
            : [];
    }
}
