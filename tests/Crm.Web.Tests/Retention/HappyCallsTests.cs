using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Retention;

/// <summary>
/// The crm recipe's HappyCalls workflow with a fake clock: a purchase brings its owner a call to-do 3 days, 1 month, 3 months
/// and 1 year later — unless the order is cancelled or deleted meanwhile (each call first loads the order as it is now).
/// </summary>
public sealed class HappyCallsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_purchase_gives_the_owner_call_to_dos_exactly_3_days_1_month_3_months_and_1_year_later(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var kim = await crm.CustomerAsync("""{ "Name": "김민준", "Stage": "Prospect" }""", owner);
        var order = await crm.OrderAsync(kim.Id, 1_200_000, "2026-11-23", owner);
        await crm.RunDueAsync();
        var purchase = CrmRecipeHost.Start;
        var enrolment = Assert.Single(await crm.EnrolmentsAsync("HappyCalls"));
        Assert.Equal((kim.Id, false), (enrolment.CustomerId, enrolment.Holdout));

        var expected = new[] { purchase.AddDays(3), purchase.AddMonths(1), purchase.AddMonths(3), purchase.AddYears(1) };
        for (var i = 0; i < expected.Length; i++)
        {
            await crm.AdvanceAsync(expected[i] - TimeSpan.FromMinutes(1) - crm.Clock.GetUtcNow());
            Assert.Equal(i, (await crm.ProgramToDosAsync(kim.Id, "HappyCalls")).Count);
            await crm.AdvanceAsync(TimeSpan.FromMinutes(1));
            var todos = await crm.ProgramToDosAsync(kim.Id, "HappyCalls");
            Assert.True(i + 1 == todos.Count, await crm.DumpAsync());
            var todo = todos[^1];
            Assert.Equal(expected[i], todo.DueAt());
            Assert.Equal((owner, "Call", "Planned"), (todo.Owner, todo.Text("Kind"), todo.Text("Status")));
            Assert.Contains("김민준", todo.Text("Subject"));
            Assert.Contains(order.Text("Number")!, todo.Text("Subject"));
        }
        var subjects = (await crm.ProgramToDosAsync(kim.Id, "HappyCalls")).Select(t => t.Text("Subject")!).ToList();
        Assert.Contains("구매 3일 후", subjects[0]);
        Assert.Contains("구매 1개월 후", subjects[1]);
        Assert.Contains("구매 3개월 후", subjects[2]);
        Assert.Contains("구매 1년 후", subjects[3]);

        await crm.AdvanceAsync(TimeSpan.FromDays(60));
        Assert.Equal(4, (await crm.ProgramToDosAsync(kim.Id, "HappyCalls")).Count); // and nothing more
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_holdout_member_is_recorded_but_gets_no_to_do_and_a_cancelled_order_enrols_nobody(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var held = await crm.CustomerAsync("""{ "Name": "Held Out" }""", owner, holdoutIn: "HappyCalls");
        var other = await crm.CustomerAsync("""{ "Name": "Cancelled Buyer" }""", owner);
        await crm.OrderAsync(held.Id, 50_000, "2026-11-23", owner);
        await crm.OrderAsync(other.Id, 50_000, "2026-11-23", owner, status: "Cancelled");
        await crm.RunDueAsync();

        var enrolment = Assert.Single(await crm.EnrolmentsAsync("HappyCalls"));
        Assert.Equal((held.Id, true), (enrolment.CustomerId, enrolment.Holdout));
        await crm.AdvanceAsync(TimeSpan.FromDays(400));
        Assert.Empty(await crm.ProgramToDosAsync(held.Id, "HappyCalls"));
        Assert.Empty(await crm.ProgramToDosAsync(other.Id, "HappyCalls"));
        Assert.Single(await crm.EnrolmentsAsync("HappyCalls"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_order_cancelled_or_deleted_after_the_purchase_gets_no_more_calls_and_keeps_the_ones_already_planned(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var owner = await crm.AdminIdAsync();
        var kim = await crm.CustomerAsync("""{ "Name": "김민준" }""", owner);
        var lee = await crm.CustomerAsync("""{ "Name": "이서연" }""", owner);
        var park = await crm.CustomerAsync("""{ "Name": "박지호" }""", owner);
        var cancelled = await crm.OrderAsync(kim.Id, 300_000, "2026-11-23", owner);
        var deleted = await crm.OrderAsync(lee.Id, 200_000, "2026-11-23", owner);
        var fulfilled = await crm.OrderAsync(park.Id, 100_000, "2026-11-23", owner);
        await crm.RunDueAsync();
        Assert.Equal(3, (await crm.EnrolmentsAsync("HappyCalls")).Count);

        await crm.AdvanceAsync(TimeSpan.FromDays(3));
        var planned = Assert.Single(await crm.ProgramToDosAsync(kim.Id, "HappyCalls"));
        Assert.Single(await crm.ProgramToDosAsync(lee.Id, "HappyCalls"));

        await crm.UpdateAsync(cancelled, """{ "Status": "Cancelled" }""");
        await crm.RunAsync(async s =>
        {
            var current = await s.GetRequiredService<ContentManager>().GetAsync(deleted.Id);
            await s.GetRequiredService<ContentManager>().DeleteAsync(deleted.Id, current!.Version);
            return true;
        });
        await crm.UpdateAsync(fulfilled, """{ "Status": "Fulfilled" }""");
        foreach (var step in new[] { TimeSpan.FromDays(30), TimeSpan.FromDays(70), TimeSpan.FromDays(300) }) await crm.AdvanceAsync(step);

        // The call planned before the cancellation stays (the rep may still ask how it went); nothing new comes.
        var kept = Assert.Single(await crm.ProgramToDosAsync(kim.Id, "HappyCalls"));
        Assert.Equal((planned.Id, "Planned"), (kept.Id, kept.Text("Status")));
        Assert.Single(await crm.ProgramToDosAsync(lee.Id, "HappyCalls"));
        Assert.Equal(4, (await crm.ProgramToDosAsync(park.Id, "HappyCalls")).Count); // a fulfilled order is still a purchase
    }
}
