using System.Globalization;
using Crm.Core.Content.Definitions;
using Crm.Core.Security;
using Crm.Opportunities.Models;
using Crm.Opportunities.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Opportunities.Controllers;

/// <summary>
/// /admin/opportunities/pipeline: the probability of each open stage, in whole percent (empty: no probability). The stages
/// are the options of the Opportunity's Stage field — added, renamed and ordered in the type editor; Won and Lost are fixed.
/// </summary>
[RequirePermission(Permissions.ManagePipeline)]
public sealed class PipelineSettingsController(PipelineSettingsStore store, ContentDefinitionManager definitions, IStringLocalizer<OpportunitiesText> text) : Controller
{
    [HttpGet("/admin/opportunities/pipeline")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(cancellationToken);
        return View(new PipelinePage(
            (await StagesAsync(cancellationToken)).Select(o => Row(o, stored.PercentOf(o.Value)?.ToString(CultureInfo.InvariantCulture) ?? "", null)).ToList(), null));
    }

    [HttpPost("/admin/opportunities/pipeline")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(CancellationToken cancellationToken)
    {
        var rows = new List<PipelineStageRow>();
        var percent = new Dictionary<string, int>();
        foreach (var option in await StagesAsync(cancellationToken))
        {
            if (OpportunityModel.IsClosed(option.Value))
            {
                rows.Add(Row(option, PipelineProbabilities.None.PercentOf(option.Value)!.Value.ToString(CultureInfo.InvariantCulture), null));
                continue;
            }
            var value = Request.Form[option.Value].ToString().Trim().TrimEnd('%').Trim();
            string? error = null;
            if (value.Length > 0)
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= PipelineProbabilities.MaxPercent) percent[option.Value] = n;
                else error = text["Enter a whole percentage from 0 to {0}, or leave empty.", PipelineProbabilities.MaxPercent];
            }
            rows.Add(Row(option, value, error));
        }
        var page = new PipelinePage(rows, null);
        if (page.HasErrors)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", page);
        }
        await store.SaveAsync(new PipelineProbabilities(percent), cancellationToken);
        return View("Index", page with { Notice = text["Stage probabilities saved. Open opportunities are being updated."] });
    }

    private async Task<IReadOnlyList<ChoiceOption>> StagesAsync(CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        return defs.FindType(OpportunityModel.Opportunity) is { } type && defs.FindField(type, OpportunityModel.Stage) is { Field.Kind: "Choice" } stage
            ? stage.Field.Settings.Options
            : [];
    }

    private static PipelineStageRow Row(ChoiceOption option, string value, string? error) =>
        new(option.Value, option.Label, value, OpportunityModel.IsClosed(option.Value), error);
}
