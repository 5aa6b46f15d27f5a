using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Core.Settings;
using Crm.Grades.Rules;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Grades.GradeTestData;

namespace Crm.Web.Tests.Grades;

/// <summary>
/// The grade rules screen: a rule that does not parse or names an unknown field is refused with its position and name and
/// nothing is saved; the preview counts customers per grade without saving; saving stores the rules and regrades. A recipe
/// with a bad rule fails validation naming the step and the rule.
/// </summary>
public sealed class GradeRulesScreenTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_rule_is_refused_naming_its_position_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (boss, _) = await crm.StaffAsync("boss", "Manager");
        var page = await boss.GetStringAsync("/admin/grades/rules");
        var before = await RulesAsync(crm);

        var syntax = await PostAsync(boss, page, "save", ("Top", "A", "RfmTotal:gte:12"), ("Broken", "B", "RfmTotal:gte:6,PurchasesLast12Months"));
        Assert.Equal(HttpStatusCode.BadRequest, syntax.StatusCode);
        Assert.Contains("Rule 2 (Broken): Filter: at character 37 of", WebUtility.HtmlDecode(await syntax.Content.ReadAsStringAsync()));

        var unknown = await PostAsync(boss, page, "save", ("Top", "A", "Spending:gte:12"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Rule 1 (Top): Filter: $.Filter.field: 'Spending' is not a field of Customer", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));

        var parameter = await PostAsync(boss, page, "save", ("Top", "A", "AverageBasket:gte:2*@storeAverage"));
        Assert.Contains("Rule 1 (Top): Filter: $.Filter.value: unknown parameter '@storeAverage'", WebUtility.HtmlDecode(await parameter.Content.ReadAsStringAsync()));

        var grade = await PostAsync(boss, page, "save", ("Gold", "Gold", "RfmTotal:gte:12"));
        Assert.Contains("Rule 1 (Gold): Grade: 'Gold' is not an option of the Customer's Grade field", WebUtility.HtmlDecode(await grade.Content.ReadAsStringAsync()));

        Assert.Equal(before.ToJson().ToJsonString(), (await RulesAsync(crm)).ToJson().ToJsonString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_preview_counts_customers_per_grade_first_match_first_and_save_stores_and_regrades(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var c = await CustomersAsync(crm, "Big", "Small", "Never");
        await OrderAsync(crm, c["Big"], "2026-11-01", 900_000);
        await OrderAsync(crm, c["Small"], "2026-10-01", 100_000);
        await RecalculateAsync(crm);
        var (boss, _) = await crm.StaffAsync("boss", "Manager");
        var page = await boss.GetStringAsync("/admin/grades/rules");
        var before = await RulesAsync(crm);
        var rules = new[] { ("Spenders", "A", "RfmMonetary:gte:3"), ("Buyers", "B", "FirstPurchaseAt:isNull:false"), ("Also spenders", "C", "RfmMonetary:gte:3") };

        var preview = await PostAsync(boss, page, "preview", rules);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.True(preview.StatusCode == HttpStatusCode.OK, WebUtility.HtmlDecode(html));
        Assert.Contains("data-preview=\"1\">1<", html);
        Assert.Contains("data-preview=\"2\">1<", html);
        Assert.Contains("data-preview=\"3\">0<", html); // Big matched rule 1 first
        Assert.Equal(before.ToJson().ToJsonString(), (await RulesAsync(crm)).ToJson().ToJsonString());

        var saved = await PostAsync(boss, page, "save", rules);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await crm.RunDueAsync();
        Assert.Equal(["Spenders", "Buyers", "Also spenders"], (await RulesAsync(crm)).Rules.Select(r => r.Name));
        Assert.Equal(("A", "B", null), ((await crm.GetAsync(c["Big"])).Text("Grade"), (await crm.GetAsync(c["Small"])).Text("Grade"), (await crm.GetAsync(c["Never"])).Text("Grade")));
        Assert.Contains("/denied", (await (await crm.StaffAsync("rep", "SalesRep")).Browser.GetAsync("/admin/grades/rules")).Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_recipe_with_a_rule_that_does_not_parse_fails_validation_naming_the_step_and_the_rule()
    {
        await using var crm = await CrmRecipeHost.StartAsync(DatabaseProvider.Sqlite);
        var recipe = RecipeParser.Parse("""
            { "name": "bad", "steps": [ { "name": "Settings", "GradeRules": { "Rules": [
                { "Name": "VIP", "Grade": "VIP", "Filter": "PurchasesLast12Months:gte:2" },
                { "Name": "A", "Grade": "A", "Filter": "RfmTotal:between:12" } ] } } ] }
            """, "bad");
        var error = await Assert.ThrowsAsync<RecipeException>(() => crm.Host.InTenantAsync("Default",
            s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, CancellationToken.None)));
        Assert.Contains("$.steps[0].GradeRules", error.Message);
        Assert.Contains("Rule 2 (A): Filter: at character 1 of 'RfmTotal:between:12'", error.Message);
    }

    private static Task<GradeRuleSet> RulesAsync(CrmRecipeHost crm) =>
        crm.RunAsync(async s => GradeRuleSet.From((await s.GetRequiredService<SiteSettings>().GetAllAsync()).GetValueOrDefault(GradeRuleSet.SettingName)));

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string action, params (string Name, string Grade, string Filter)[] rules)
    {
        var fields = new List<(string, string)> { ("action", action), ("SweepHour", "2") };
        foreach (var (name, grade, filter) in rules) fields.AddRange([("Name", name), ("Grade", grade), ("Filter", filter)]);
        return browser.PostAsync("/admin/grades/rules", CrmRecipeHost.Form(page, fields.ToArray()));
    }
}
