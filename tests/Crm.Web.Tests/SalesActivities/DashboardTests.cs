using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Bulk;
using Crm.Core.Data;
using Crm.Customers.Dashboard;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Infrastructure.DashboardHtml;

namespace Crm.Web.Tests.SalesActivities;

/// <summary>The admin home is each user's dashboard: their day and customers to contact; managers also see the team's figures.</summary>
public sealed class DashboardTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rep_sees_their_overdue_and_todays_to_dos_and_the_customers_they_must_contact(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (kim, kimId) = await crm.StaffAsync("kim", "SalesRep");
        var quiet = await crm.CreateAsync("Customer", """{ "Name": "Quiet Co", "Stage": "Prospect", "Grade": "A" }""", kimId);
        await crm.CreateAsync("Customer", """{ "Name": "Fresh Co", "Stage": "Customer", "Grade": "C" }""", kimId);
        await crm.CreateAsync("Activity", """{ "Subject": "Overdue quote", "Kind": "Quote", "DueAt": "2026-11-20T01:00:00Z" }""", kimId);
        await crm.CreateAsync("Activity", """{ "Subject": "Afternoon call", "Kind": "Call", "DueAt": "2026-11-23T06:00:00Z" }""", kimId);
        await crm.CreateAsync("Activity", """{ "Subject": "Next week", "Kind": "Call", "DueAt": "2026-11-30T06:00:00Z" }""", kimId);
        await crm.CreateAsync("Activity", $$"""{ "Subject": "Last call", "Kind": "Call", "Status": "Done", "DoneAt": "2026-11-15T00:00:00Z", "Customer": "{{quiet.Id}}" }""", kimId);

        var home = await kim.GetStringAsync("/admin");

        var myDay = Card(home, "widget-my-day");
        Assert.Contains("Overdue quote", myDay.Split("my-day-today")[0]);
        Assert.Contains("Afternoon call", myDay.Split("my-day-today")[1]);
        Assert.DoesNotContain("Next week", myDay);
        var due = Card(home, "widget-due-for-contact"); // Prospect-A: 7 days after the last call on the 15th
        Assert.Contains("Quiet Co", due);
        Assert.Contains("1 day late", due);
        Assert.DoesNotContain("Fresh Co", due); // 60 days for Customer-C
        Assert.Contains($"/contents/Customer/{quiet.Id}", due);
        Assert.DoesNotContain("widget-activities-per-rep", home); // the team's figures are for managers
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rep_far_behind_sees_the_oldest_customers_to_contact_and_a_count_that_stops_at_a_thousand(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (kim, kimId) = await crm.StaffAsync("kim", "SalesRep");
        var quiet = Enumerable.Range(0, DueForContactQuery.CountLimit + 1).Select(i => new JsonObject
        {
            ["Name"] = $"Quiet {i:D4}", ["Stage"] = "Prospect", ["Grade"] = "A", ["LastActivityAt"] = $"2026-11-01T{i / 60 % 24:D2}:{i % 60:D2}:00Z",
        });
        var imported = await crm.RunAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync("Customer", quiet, new ImportOptions { Owner = kimId }));
        Assert.Equal(DueForContactQuery.CountLimit + 1, imported.Created);

        var due = Card(await kim.GetStringAsync("/admin"), "widget-due-for-contact");

        Assert.Contains(">1,000+<", System.Net.WebUtility.HtmlDecode(due));
        Assert.Equal(DueForContactViewComponent.Rows, Regex.Matches(due, "class=\"list-group-item[^\"]*due-row").Count);
        Assert.Contains("Quiet 0000", due); // the longest overdue first
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_manager_sees_activities_per_rep_and_the_stage_funnel_with_its_conversion(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (_, kimId) = await crm.StaffAsync("kim", "SalesRep");
        var (_, leeId) = await crm.StaffAsync("lee", "SalesRep");
        var (boss, _) = await crm.StaffAsync("boss", "Manager");
        var one = await crm.CreateAsync("Customer", """{ "Name": "One", "Stage": "Target" }""", kimId);
        await crm.CreateAsync("Customer", """{ "Name": "Two", "Stage": "Target" }""", kimId);
        await crm.CreateAsync("Customer", """{ "Name": "Three", "Stage": "Target" }""", leeId);
        await crm.UpdateAsync(one, """{ "Stage": "Prospect" }""");
        foreach (var (owner, subject) in new[] { (kimId, "k1"), (kimId, "k2"), (kimId, "k3"), (leeId, "l1") })
        {
            await crm.CreateAsync("Activity", $$"""{ "Subject": "{{subject}}", "Kind": "Call", "Status": "Done" }""", owner);
        }
        await crm.CreateAsync("Activity", """{ "Subject": "old", "Kind": "Call", "Status": "Done", "DoneAt": "2026-09-01T00:00:00Z" }""", leeId); // outside 30 days

        var home = await boss.GetStringAsync("/admin");

        var reps = Rows(Card(home, "widget-activities-per-rep"), "rep-row");
        Assert.Equal(["kim 3", "lee 1"], reps);
        var funnel = Rows(Card(home, "widget-stage-funnel"), "funnel-row");
        // Target: 2 now; Prospect: 1 now, 1 moved in, 1 of (1 + 2 still in Target) = 33.3 %; Customer: 0 of the 1 prospect.
        Assert.Equal(["Target 2 0 –", "Prospect 1 1 33.3%", "Customer 0 0 0.0%"], funnel.Select(r => r.Replace(" %", "%")).ToList());
    }
}
