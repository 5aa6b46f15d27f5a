using System.Globalization;
using Crm.Core.Security;
using Crm.Customers.Models;
using Crm.Customers.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Customers.Controllers;

/// <summary>/admin/customers/recency: per stage and grade, the days a customer may go without a completed activity (empty: not tracked).</summary>
[RequirePermission(Permissions.ManageRecencySettings)]
public sealed class RecencySettingsController(RecencySettingsStore store, IStringLocalizer<CustomersText> text) : Controller
{
    [HttpGet("/admin/customers/recency")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new RecencyPage(Values(await store.GetAsync(cancellationToken)), new Dictionary<string, string>(), null));

    [HttpPost("/admin/customers/recency")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(CancellationToken cancellationToken)
    {
        var posted = new Dictionary<string, string>();
        var errors = new Dictionary<string, string>();
        var days = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        foreach (var stage in CustomerModel.Stages)
        {
            var perGrade = new Dictionary<string, int>();
            foreach (var grade in RecencyRules.GradeKeys)
            {
                var key = RecencyPage.Key(stage, grade);
                var value = Request.Form[key].ToString().Trim();
                posted[key] = value;
                if (value.Length == 0) continue;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= RecencyRules.MaxDays) perGrade[grade] = n;
                else errors[key] = text["Enter whole days from 1 to {0}, or leave empty.", RecencyRules.MaxDays];
            }
            days[stage] = perGrade;
        }
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new RecencyPage(posted, errors, null));
        }
        var rules = new RecencyRules(days);
        await store.SaveAsync(rules, cancellationToken);
        return View("Index", new RecencyPage(Values(rules), errors, text["Recency rules saved. Next-contact dates are being recalculated."]));
    }

    private static Dictionary<string, string> Values(RecencyRules rules) =>
        CustomerModel.Stages.SelectMany(stage => RecencyRules.GradeKeys.Select(grade => (stage, grade)))
            .ToDictionary(k => RecencyPage.Key(k.stage, k.grade), k => rules.DaysFor(k.stage, k.grade == RecencyRules.NoGrade ? null : k.grade)?.ToString(CultureInfo.InvariantCulture) ?? "");
}
