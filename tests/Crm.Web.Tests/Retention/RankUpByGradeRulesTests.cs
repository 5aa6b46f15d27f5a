using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Recipes;
using Crm.Web.Tests.Grades;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Retention;

/// <summary>
/// RankUp starts from Crm.Grades' GradeChange with Direction Up — the admin's grade rules decide what is up, whatever the
/// grades are called — and loads, publishes and waits when Crm.Grades is not enabled.
/// </summary>
public sealed class RankUpByGradeRulesTests
{
    /// <summary>The Customer's grades renamed; listed alphabetically, so only the rules' order can say Gold is the top.</summary>
    private const string MetalGrades = """
        { "name": "metals", "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "Customer", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "ChoiceField", "Name": "Grade", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Grade", "Position": "3" },
              "ChoiceFieldSettings": { "Indexed": true, "Options": [ { "Value": "Bronze", "Label": "Bronze" }, { "Value": "Gold", "Label": "Gold" }, { "Value": "Silver", "Label": "Silver" } ] } } } ] } ] } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rank_up_by_the_tenants_own_rules_starts_rank_up_and_a_downgrade_does_not(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(MetalGrades, "metals"), CancellationToken.None));
        await GradeTestData.SetRulesAsync(crm,
            ("Gold", "Gold", "PurchasesLast12Months:gte:3"), ("Silver", "Silver", "PurchasesLast12Months:gte:2"), ("Bronze", "Bronze", "PurchasesLast12Months:gte:1"));
        var owner = await crm.AdminIdAsync();
        var kim = await crm.CustomerAsync("""{ "Name": "김고객", "Stage": "Customer", "Email": "kim@example.com" }""", owner);

        await crm.OrderAsync(kim.Id, 100_000, "2026-11-01", owner);
        await GradeTestData.RecalculateAsync(crm);
        Assert.Equal("Bronze", (await crm.GetAsync(kim.Id)).Text("Grade"));
        Assert.Empty(await crm.EnrolmentsAsync("RankUp")); // a first grade is no rank-up

        await crm.OrderAsync(kim.Id, 100_000, "2026-11-10", owner);
        await GradeTestData.RecalculateAsync(crm);
        Assert.Equal("Silver", (await crm.GetAsync(kim.Id)).Text("Grade"));
        var enrolment = Assert.Single(await crm.EnrolmentsAsync("RankUp"));
        Assert.Equal((kim.Id, false), (enrolment.CustomerId, enrolment.Holdout));
        var call = Assert.Single(await crm.ProgramToDosAsync(kim.Id, "RankUp"));
        Assert.Equal(("Call", owner, "등급 상승 감사 전화 (Bronze → Silver): 김고객"), (call.Text("Kind"), call.Owner, call.Text("Subject")));
        Assert.Equal("김고객님, Silver 등급이 되신 것을 축하드립니다",
            Assert.Single(await crm.MailToAsync("kim@example.com"), m => m["Subject"]!.GetValue<string>().Contains("등급"))["Subject"]!.GetValue<string>());

        // The rules get stricter: Silver now needs five purchases, so the sweep moves Kim down to Bronze — no rank-up.
        await GradeTestData.SetRulesAsync(crm,
            ("Gold", "Gold", "PurchasesLast12Months:gte:8"), ("Silver", "Silver", "PurchasesLast12Months:gte:5"), ("Bronze", "Bronze", "PurchasesLast12Months:gte:1"));
        await GradeTestData.RecalculateAsync(crm);
        Assert.Equal("Bronze", (await crm.GetAsync(kim.Id)).Text("Grade"));
        Assert.Contains(await crm.ItemsAsync("GradeChange", $"Customer:eq:{kim.Id}"), g => g.Text("Direction") == "Down" && g.Text("ToGrade") == "Bronze");
        Assert.Single(await crm.EnrolmentsAsync("RankUp"));
        Assert.Single(await crm.ProgramToDosAsync(kim.Id, "RankUp"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_grades_rank_up_is_published_and_never_starts_until_the_grades_feature_brings_its_events(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider, "sales");
        await crm.RunAsync(s => s.GetRequiredService<FeatureManager>().EnableAsync(["Crm.Retention"]));
        Assert.False(await crm.RunAsync(s => s.GetRequiredService<FeatureManager>().IsEnabledAsync("Crm.Grades")));
        var rankUp = await crm.RunAsync(async s => (await s.GetRequiredService<WorkflowStore>().FindAsync("RankUp"))!);
        Assert.Equal((1, true), (rankUp.PublishedVersion ?? 0, rankUp.Enabled));

        var kim = await crm.CustomerAsync("""{ "Name": "Kim", "Stage": "Customer", "Grade": "B" }""", null);
        kim = await crm.UpdateAsync(kim, """{ "Grade": "A" }""");
        await crm.RunDueAsync();
        Assert.Empty(await crm.EnrolmentsAsync("RankUp"));

        await crm.RunAsync(s => s.GetRequiredService<FeatureManager>().EnableAsync(["Crm.Grades"]));
        await crm.UpdateAsync(kim, """{ "Grade": "VIP" }""");
        await crm.RunDueAsync();
        Assert.Equal(kim.Id, Assert.Single(await crm.EnrolmentsAsync("RankUp")).CustomerId);
    }
}
