using System.Globalization;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Security;
using Crm.Core.Settings;
using Crm.Grades.Models;
using Crm.Grades.Rfm;
using Crm.Grades.Rules;
using Crm.Grades.Sweep;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Grades.Controllers;

/// <summary>
/// /admin/grades/rules: the ordered grade rules (first match wins, the order is also the grades' rank), checked against the
/// Customer type with every problem naming the rule's position; "Preview" counts the customers per rule without saving,
/// "Save" stores them and recalculates the grades.
/// </summary>
[RequirePermission(Permissions.ManageGrades)]
public sealed class GradeRulesController(
    SiteSettings settings, GradeRuleCompiler compiler, GradeDistribution distribution, GradeSweepStore sweeps,
    ContentDefinitionManager definitions, FieldKinds kinds, TenantDb db, TimeProvider clock, IStringLocalizer<GradesText> text) : Controller
{
    private const int BlankRows = 2;

    [HttpGet("/admin/grades/rules")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rules = GradeRuleSet.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(GradeRuleSet.SettingName));
        var rows = rules.Rules.Select(r => new GradeRuleRow(r.Name, r.Grade, r.Filter, [])).ToList();
        return View(await PageAsync(rows, rules.SweepHour.ToString(CultureInfo.InvariantCulture), [], null, null, cancellationToken));
    }

    [HttpPost("/admin/grades/rules")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string? action, CancellationToken cancellationToken)
    {
        var (set, rows, problems) = Read();
        var sweep = await sweeps.GetAsync(cancellationToken);
        var parameters = new Dictionary<string, decimal?> { [GradeParameters.TenantAverageBasket] = sweep?.TenantAverage };
        IReadOnlyList<CompiledGradeRule> compiled = [];
        if (set is not null)
        {
            var result = await compiler.CompileAsync(set, parameters, cancellationToken);
            compiled = result.Rules;
            problems.AddRange(result.Problems.Select(p => text["Rule {0} ({1}): {2}", p.Position, p.Rule, p.Message].Value));
            rows = rows.Select((row, i) => row with { Problems = result.Problems.Where(p => p.Position == i + 1).Select(p => p.Message).ToList() }).ToList();
        }
        var hour = Request.Form["SweepHour"].ToString();
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(rows, hour, problems, null, null, cancellationToken));
        }
        if (action == "preview")
        {
            var (preview, unmatched) = await distribution.PreviewAsync(compiled, cancellationToken);
            return View("Index", await PageAsync(rows, hour, [], preview, unmatched, cancellationToken));
        }
        await settings.SetAsync(GradeRuleSet.SettingName, set!.ToJson(), cancellationToken);
        await sweeps.RequestAsync(clock.GetUtcNow(), cancellationToken);
        return View("Index", await PageAsync(rows, hour, [], null, null, cancellationToken, text["Grade rules saved. Grades are being recalculated."].Value));
    }

    /// <summary>The posted rows in their order (blank rows dropped), and the rule set when the shape is right.</summary>
    private (GradeRuleSet? Set, List<GradeRuleRow> Rows, List<string> Problems) Read()
    {
        var form = Request.Form;
        var names = form["Name"];
        var grades = form["Grade"];
        var filters = form["Filter"];
        var rows = new List<GradeRuleRow>();
        for (var i = 0; i < Math.Max(names.Count, Math.Max(grades.Count, filters.Count)); i++)
        {
            var row = new GradeRuleRow(At(names, i), At(grades, i), At(filters, i), []);
            if (row.Name.Length > 0 || row.Grade.Length > 0 || row.Filter.Length > 0) rows.Add(row);
        }
        var problems = new List<string>();
        var hourText = form["SweepHour"].ToString().Trim();
        if (!int.TryParse(hourText, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
        {
            problems.Add(text["Sweep hour: enter a whole hour from 0 to 23."]);
            return (null, rows, problems);
        }
        var rules = rows.Select(r => new GradeRule(r.Name.Length > 0 ? r.Name : r.Grade, r.Grade, r.Filter)).ToList();
        if (rules.Count > GradeRuleSet.MaxRules) problems.Add(text["At most {0} rules.", GradeRuleSet.MaxRules]);
        return (problems.Count == 0 ? new GradeRuleSet(rules, hour) : null, rows, problems);

        static string At(Microsoft.Extensions.Primitives.StringValues values, int i) => i < values.Count ? values[i]?.Trim() ?? "" : "";
    }

    private async Task<GradeRulesPage> PageAsync(List<GradeRuleRow> rows, string hour, IReadOnlyList<string> problems,
        IReadOnlyList<RulePreview>? preview, long? unmatched, CancellationToken cancellationToken, string? notice = null)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var options = GradeOptions.Of(defs) ?? [];
        var (fields, _) = RfmFields.Find(defs, kinds, db.Dialect);
        var shown = rows.Concat(Enumerable.Range(0, BlankRows).Select(_ => new GradeRuleRow("", "", "", []))).ToList();
        return new GradeRulesPage(shown, hour, options, problems, preview, unmatched, (await sweeps.GetAsync(cancellationToken))?.TenantAverage,
            fields?.Currency ?? "KRW", notice);
    }
}
