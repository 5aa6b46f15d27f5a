using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Settings;
using Crm.Grades.Rules;
using Crm.Grades.Sweep;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Grades;

/// <summary>Customers with orders, grade rules and a recalculation, for the grade tests on the crm recipe.</summary>
internal static class GradeTestData
{
    public static async Task<Dictionary<string, string>> CustomersAsync(CrmRecipeHost crm, params string[] names)
    {
        var ids = new Dictionary<string, string>();
        foreach (var name in names) ids[name] = (await crm.CreateAsync("Customer", $$"""{ "Name": "{{name}}" }""")).Id;
        return ids;
    }

    public static Task<ContentItem> OrderAsync(CrmRecipeHost crm, string customerId, string date, long amount, string currency = "KRW", string status = "Open") =>
        crm.CreateAsync("SalesOrder", $$"""
            { "Customer": "{{customerId}}", "OrderDate": "{{date}}", "Amount": { "Amount": {{amount}}, "Currency": "{{currency}}" }, "BillingType": "OneOff", "Status": "{{status}}" }
            """);

    public static Task SetRulesAsync(CrmRecipeHost crm, params (string Name, string Grade, string Filter)[] rules) =>
        crm.RunAsync(async s =>
        {
            var set = new GradeRuleSet(rules.Select(r => new GradeRule(r.Name, r.Grade, r.Filter)).ToList(), GradeRuleSet.DefaultSweepHour);
            await s.GetRequiredService<SiteSettings>().SetAsync(GradeRuleSet.SettingName, set.ToJson());
            return true;
        });

    /// <summary>"Recalculate now", then the scheduler until nothing is due.</summary>
    public static async Task RecalculateAsync(CrmRecipeHost crm)
    {
        await crm.RunAsync(async s =>
        {
            await s.GetRequiredService<GradeSweepStore>().RequestAsync(crm.Clock.GetUtcNow(), CancellationToken.None);
            return true;
        });
        await crm.RunDueAsync();
    }

    public static Task<GradeSweepState?> SweepAsync(CrmRecipeHost crm) => crm.RunAsync(s => s.GetRequiredService<GradeSweepStore>().GetAsync(CancellationToken.None));

    public static decimal? Number(ContentItem item, string field) =>
        item.Text(field) is { } text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    public static decimal? Amount(ContentItem item, string field) =>
        item.Data.Select(p => p.Value?[field]).FirstOrDefault(v => v is not null) is JsonObject money ? money["Amount"]!.GetValue<decimal>() : null;
}
