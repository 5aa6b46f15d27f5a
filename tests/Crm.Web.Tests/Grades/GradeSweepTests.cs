using System.Net;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Grades.GradeTestData;

namespace Crm.Web.Tests.Grades;

/// <summary>
/// The sweep with a fake clock and the shipped rules (VIP, A: RFM 12+, B: RFM 6+, C: every buyer): grades are written and
/// recorded once, a sweep that changes nothing records nothing, a new purchase moves one customer up and another down,
/// the night's sweep runs by itself, and a rank-up starts a workflow.
/// </summary>
public sealed class GradeSweepTests
{
    private const string RankUpWorkflow = """
        { "name": "rankup", "steps": [ { "name": "WorkflowType", "Workflows": [ { "name": "RankUp", "activities": [
            { "id": "changed", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "GradeChange", "condition": "item.Direction == 'Up'" } },
            { "id": "todo", "type": "CreateContent", "properties": { "contentType": "Activity",
                "values": { "Subject": "Congratulate on grade {{ item.ToGrade }}", "Kind": "Call", "Status": "Planned", "Customer": "{{ item.Customer }}" } } } ],
          "transitions": [ { "source": "changed", "outcome": "Done", "destination": "todo" } ] } ] } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Grades_change_only_when_the_figures_say_so_and_each_change_is_recorded_once_with_its_rule_and_direction(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(RankUpWorkflow, "rankup"), CancellationToken.None));
        var c = await CustomersAsync(crm, "A", "B", "C", "D", "E");
        await OrderAsync(crm, c["A"], "2025-01-10", 100_000);
        foreach (var date in new[] { "2025-06-01", "2025-07-01" }) await OrderAsync(crm, c["B"], date, 200_000);
        foreach (var date in new[] { "2025-11-01", "2025-12-01", "2026-01-01" }) await OrderAsync(crm, c["C"], date, 300_000);
        foreach (var date in new[] { "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01" }) await OrderAsync(crm, c["D"], date, 400_000);
        foreach (var date in new[] { "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01" }) await OrderAsync(crm, c["E"], date, 500_000);

        await RecalculateAsync(crm);

        // RFM totals 3, 6, 9, 12, 15; E's basket of 500,000 is under 1.5 × 427,273, so no VIP.
        Assert.Equal(["C", "B", "B", "A", "A"], await GradesAsync(crm, c));
        var first = await crm.ItemsAsync("GradeChange");
        Assert.Equal(5, first.Count);
        Assert.All(first, change => Assert.Equal("First", change.Text("Direction")));
        Assert.Equal("A: RFM 12+", first.Single(g => g.Text("Customer") == c["D"]).Text("Rule"));
        Assert.DoesNotContain(await crm.ItemsAsync("Activity"), a => a.Text("Subject")!.StartsWith("Congratulate", StringComparison.Ordinal)); // a first grade is no rank-up

        await RecalculateAsync(crm);
        Assert.Equal(5, (await crm.ItemsAsync("GradeChange")).Count);
        Assert.Equal(0, (await SweepAsync(crm))!.Changes);

        // A buys big today: most recent and most money, one order more (a tie with B) — RFM 5+1+5 = 11, so A goes up to B;
        // B becomes the least recent and smallest spender — 1+1+1 = 3 — and goes down to C; D slips to 3+4+3 = 10, down to B.
        await OrderAsync(crm, c["A"], "2026-11-23", 5_000_000);
        await RecalculateAsync(crm);

        Assert.Equal(["B", "C", "B", "B", "A"], await GradesAsync(crm, c));
        var changes = await crm.ItemsAsync("GradeChange");
        Assert.Equal(8, changes.Count);
        var up = changes.Single(g => g.Text("Customer") == c["A"] && g.Text("Direction") == "Up");
        Assert.Equal(("C", "B", "B: RFM 6+"), (up.Text("FromGrade"), up.Text("ToGrade"), up.Text("Rule")));
        var down = changes.Single(g => g.Text("Customer") == c["B"] && g.Text("Direction") == "Down");
        Assert.Equal(("B", "C", "C: every buyer"), (down.Text("FromGrade"), down.Text("ToGrade"), down.Text("Rule")));
        Assert.Equal(("A", "B"), (changes.Single(g => g.Text("Customer") == c["D"] && g.Text("Direction") == "Down").Text("FromGrade"),
            changes.Single(g => g.Text("Customer") == c["D"] && g.Text("Direction") == "Down").Text("ToGrade")));
        Assert.Equal(3, (await SweepAsync(crm))!.Changes);

        // The rank-up started the workflow once: a planned call for A (the crm recipe's retention programs plan their own to-dos).
        var todo = Assert.Single(await crm.ItemsAsync("Activity"), a => a.Text("Subject") == "Congratulate on grade B");
        Assert.Equal(c["A"], todo.Text("Customer"));

        // The grade changes are on the customer's timeline.
        var timeline = await crm.RunAsync(s => s.GetRequiredService<ContentTimeline>().ForItemAsync(c["A"]));
        Assert.Contains(timeline, e => e.Kind == TimelineEntryKind.RelatedItem && e.ItemId == up.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_sweep_runs_by_itself_every_night_at_the_rules_hour_in_the_tenants_time_zone(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.RunDueAsync();
        var c = await CustomersAsync(crm, "Late");
        await OrderAsync(crm, c["Late"], "2026-11-20", 100_000);
        var before = await SweepAsync(crm);
        Assert.Equal("2026-11-23T17:00:00.0000000Z", before!.NextUtc); // 02:00 on 24 November in Seoul
        Assert.Null((await crm.GetAsync(c["Late"])).Text("Grade"));

        await crm.AdvanceAsync(new DateTimeOffset(2026, 11, 23, 16, 59, 0, TimeSpan.Zero) - crm.Clock.GetUtcNow());
        Assert.Null((await crm.GetAsync(c["Late"])).Text("Grade"));

        await crm.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("C", (await crm.GetAsync(c["Late"])).Text("Grade"));
        var after = await SweepAsync(crm);
        Assert.Equal("2026-11-24T17:00:00.0000000Z", after!.NextUtc);
        Assert.Equal(1, after.Changes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recalculate_now_is_for_those_who_manage_grades(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await crm.RunDueAsync();
        var c = await CustomersAsync(crm, "Buyer");
        await OrderAsync(crm, c["Buyer"], "2026-11-20", 100_000);
        var (rep, _) = await crm.StaffAsync("rep", "SalesRep");
        var page = await rep.GetStringAsync("/admin/grades");
        Assert.DoesNotContain("grades-recalculate", page);
        var refused = await rep.PostAsync("/admin/grades/recalculate", CrmRecipeHost.Form(page));
        Assert.Contains("/denied", refused.Headers.Location?.ToString());

        var (boss, _) = await crm.StaffAsync("boss", "Manager");
        page = await boss.GetStringAsync("/admin/grades");
        var posted = await boss.PostAsync("/admin/grades/recalculate", CrmRecipeHost.Form(page));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await crm.RunDueAsync();

        Assert.Equal("C", (await crm.GetAsync(c["Buyer"])).Text("Grade"));
        page = await boss.GetStringAsync("/admin/grades");
        Assert.Matches("<tr data-grade=\"C\">\\s*<td>C</td>\\s*<td class=\"text-end\">1</td>", page);
        Assert.Contains("data-cell=\"11\">1<", page); // the only buyer is in every score's first fifth
    }

    private static async Task<List<string?>> GradesAsync(CrmRecipeHost crm, Dictionary<string, string> customers)
    {
        var grades = new List<string?>();
        foreach (var id in customers.Values) grades.Add((await crm.GetAsync(id)).Text("Grade"));
        return grades;
    }
}
