using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.SalesActivities;

/// <summary>The crm recipe's "automatic sales reminders": a customer quiet for longer than its recency rule gets one to-do for its owner.</summary>
public sealed class SalesReminderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_prospect_A_quiet_for_8_days_under_a_7_day_rule_gets_exactly_one_to_do_and_a_logged_call_resets_the_clock(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var kim = await crm.CreateAsync("Customer", """{ "Name": "김민준", "Stage": "Prospect", "Grade": "A" }""", owner);
        await crm.CreateAsync("Activity", $$"""{ "Subject": "First call", "Kind": "Call", "Status": "Done", "Customer": "{{kim.Id}}" }""", owner);
        Assert.Equal("2026-11-30T00:00:00.0000000Z", (await crm.GetAsync(kim.Id)).Text("ContactDueAt")); // the rule for Prospect-A: 7 days

        for (var day = 1; day <= 7; day++) await crm.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Empty(await ToDosAsync(crm, kim.Id)); // 7 days quiet: still within the rule

        await crm.AdvanceAsync(TimeSpan.FromDays(1)); // the daily sweep (08:00 Seoul) after day 7 finds it
        var todo = Assert.Single(await ToDosAsync(crm, kim.Id));
        Assert.Equal(owner, todo.Owner);
        Assert.Equal("Task", todo.Text("Kind"));
        Assert.Equal(1L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM workflow_notifications WHERE user_id = @owner", new { owner }));

        await crm.AdvanceAsync(TimeSpan.FromDays(1)); // the same quiet period: no second to-do
        await crm.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Single(await ToDosAsync(crm, kim.Id));

        await crm.CreateAsync("Activity", $$"""{ "Subject": "Follow-up call", "Kind": "Call", "Status": "Done", "Customer": "{{kim.Id}}" }""", owner);
        for (var day = 1; day <= 7; day++) await crm.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Single(await ToDosAsync(crm, kim.Id)); // the call reset the clock: 7 quiet days are within the rule again

        await crm.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal(2, (await ToDosAsync(crm, kim.Id)).Count); // a new quiet period, one new to-do
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customers_whose_stage_and_grade_are_within_their_rule_or_untracked_get_no_reminder(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var vip = await crm.CreateAsync("Customer", """{ "Name": "Lee VIP", "Stage": "Customer", "Grade": "VIP" }""", owner); // 14 days
        var target = await crm.CreateAsync("Customer", """{ "Name": "Park Target", "Stage": "Target", "Grade": "C" }""", owner); // 90 days

        for (var day = 1; day <= 10; day++) await crm.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Empty(await ToDosAsync(crm, vip.Id));
        Assert.Empty(await ToDosAsync(crm, target.Id));
        await crm.AdvanceAsync(TimeSpan.FromDays(5));
        Assert.Single(await ToDosAsync(crm, vip.Id)); // never contacted: counted from its creation, due after 14 days
    }

    private static Task<IReadOnlyList<Crm.Core.Content.Store.ContentItem>> ToDosAsync(CrmRecipeHost crm, string customerId) =>
        crm.ItemsAsync("Activity", $"Customer:eq:{customerId},Status:eq:Planned");

}
