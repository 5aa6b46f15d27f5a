using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Helpdesk;

/// <summary>
/// The crm recipe's TicketSla workflow with a fake clock: an urgent ticket (first response within 1 hour) that nobody
/// answers notifies its assignee once when the hour is up, then the managers once an hour later; one answered in time
/// notifies nobody; a reopened ticket is escalated again when its fresh resolution target passes.
/// </summary>
public sealed class SlaEscalationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_missed_first_response_notifies_the_assignee_once_at_the_due_time_then_the_managers(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var agent = await crm.AdminIdAsync();
        var ticket = await crm.TicketAsync("Urgent", agent);
        await crm.RunDueAsync();
        Assert.Equal(HelpdeskTestData.Stamp(CrmRecipeHost.Start.AddHours(1)), ticket.Text("FirstResponseDueAt"));
        Assert.Equal(HelpdeskTestData.Stamp(CrmRecipeHost.Start.AddHours(4)), ticket.Text("ResolutionDueAt"));

        await crm.AdvanceAsync(TimeSpan.FromMinutes(59));
        Assert.Equal((0L, 0L), await NotificationsAsync(crm, agent));
        Assert.Equal("false", (await crm.ReloadAsync(ticket)).Text("FirstResponseBreached"));

        await crm.AdvanceAsync(TimeSpan.FromMinutes(1)); // the hour is up
        Assert.Equal((1L, 0L), await NotificationsAsync(crm, agent));
        Assert.Equal("true", (await crm.ReloadAsync(ticket)).Text("FirstResponseBreached"));

        await crm.AdvanceAsync(TimeSpan.FromMinutes(30));
        Assert.Equal((1L, 0L), await NotificationsAsync(crm, agent)); // once
        await crm.AdvanceAsync(TimeSpan.FromMinutes(30)); // still no answer an hour later: the managers hear of it
        Assert.Equal((1L, 1L), await NotificationsAsync(crm, agent));

        ticket = await crm.UpdateAsync(await crm.ReloadAsync(ticket), """{ "Status": "InProgress" }""");
        Assert.Equal("true", ticket.Text("FirstResponseBreached")); // answered late: still missed
        await crm.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal((1L, 1L), await NotificationsAsync(crm, agent));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reply_in_time_is_the_first_response_and_nobody_is_notified(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var agent = await crm.AdminIdAsync();
        var ticket = await crm.TicketAsync("Urgent", agent);
        await crm.AdvanceAsync(TimeSpan.FromMinutes(40));
        await crm.CreateAsync("TicketComment", $$"""{ "Ticket": "{{ticket.Id}}", "Kind": "Note", "Body": "내부 메모: 로그 확인 필요" }""");
        Assert.Null((await crm.ReloadAsync(ticket)).Text("FirstRespondedAt")); // an internal note is no response
        await crm.CreateAsync("TicketComment", $$"""{ "Ticket": "{{ticket.Id}}", "Kind": "Reply", "Body": "확인해 보고 곧 연락드리겠습니다." }""", agent);
        ticket = await crm.ReloadAsync(ticket);
        Assert.Equal(HelpdeskTestData.Stamp(CrmRecipeHost.Start.AddMinutes(40)), ticket.Text("FirstRespondedAt"));
        Assert.Equal("Assigned", ticket.Text("Status")); // a reply answers; it does not move the ticket

        await crm.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal((0L, 0L), await NotificationsAsync(crm, agent));
        Assert.Equal("false", (await crm.ReloadAsync(ticket)).Text("FirstResponseBreached"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_missed_resolution_notifies_the_assignee_and_the_managers_once_and_a_priority_change_moves_the_due_times(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var agent = await crm.AdminIdAsync();
        var ticket = await crm.TicketAsync("Low", agent); // 24 h to respond, a week to resolve
        await crm.AdvanceAsync(TimeSpan.FromMinutes(30));
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "InProgress", "Priority": "Urgent" }"""); // now 4 h to resolve, from when it came in
        Assert.Equal(HelpdeskTestData.Stamp(CrmRecipeHost.Start.AddHours(4)), ticket.Text("ResolutionDueAt"));

        await crm.AdvanceAsync(TimeSpan.FromMinutes(209));
        Assert.Equal((0L, 0L), await NotificationsAsync(crm, agent));
        await crm.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal((1L, 1L), await NotificationsAsync(crm, agent));
        Assert.Equal(("true", "false"), ((await crm.ReloadAsync(ticket)).Text("ResolutionBreached"), (await crm.ReloadAsync(ticket)).Text("FirstResponseBreached")));

        await crm.AdvanceAsync(TimeSpan.FromDays(8)); // the Low ticket's old due times pass: nothing more
        Assert.Equal((1L, 1L), await NotificationsAsync(crm, agent));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reopened_ticket_gets_a_fresh_resolution_target_from_the_reopen_and_escalates_when_it_is_missed(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var agent = await crm.AdminIdAsync();
        var ticket = await crm.TicketAsync("Urgent", agent); // 4 h to resolve
        await crm.AdvanceAsync(TimeSpan.FromMinutes(10));
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "InProgress" }""");
        await crm.AdvanceAsync(TimeSpan.FromMinutes(50));
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "Resolved" }"""); // in time
        await crm.AdvanceAsync(TimeSpan.FromDays(1));

        ticket = await crm.UpdateAsync(await crm.ReloadAsync(ticket), """{ "Status": "InProgress", "ReopenReason": "같은 오류가 다시 납니다" }""");
        var reopenedAt = CrmRecipeHost.Start.AddMinutes(60).AddDays(1);
        Assert.Equal(HelpdeskTestData.Stamp(reopenedAt.AddHours(4)), ticket.Text("ResolutionDueAt"));
        Assert.Equal(HelpdeskTestData.Stamp(CrmRecipeHost.Start.AddHours(1)), ticket.Text("FirstResponseDueAt")); // answered long ago: unchanged
        Assert.Equal("false", ticket.Text("ResolutionBreached"));

        await crm.AdvanceAsync(TimeSpan.FromMinutes(239));
        Assert.Equal((0L, 0L), await NotificationsAsync(crm, agent));
        await crm.AdvanceAsync(TimeSpan.FromMinutes(1)); // the reopened work's 4 hours are up
        Assert.Equal((1L, 1L), await NotificationsAsync(crm, agent));
        Assert.Equal(("true", "false"), ((await crm.ReloadAsync(ticket)).Text("ResolutionBreached"), (await crm.ReloadAsync(ticket)).Text("FirstResponseBreached")));
    }

    private static async Task<(long Assignee, long Managers)> NotificationsAsync(CrmRecipeHost crm, string assignee) =>
        (await crm.ScalarAsync<long>("SELECT COUNT(*) FROM workflow_notifications WHERE user_id = @assignee", new { assignee }),
         await crm.ScalarAsync<long>("SELECT COUNT(*) FROM workflow_notifications WHERE role = 'Manager'"));
}
