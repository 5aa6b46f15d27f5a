using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Helpdesk;

/// <summary>The SLA targets screen (managers only, bad hours refused with nothing saved) and the SLA report's counts, by the tenant's months.</summary>
public sealed class SlaScreensTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Managers_set_targets_per_priority_and_the_report_counts_missed_ones_per_month(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (manager, _) = await crm.StaffAsync("jiho", "Manager");
        var (agent, agentId) = await crm.StaffAsync("jisoo", "Agent");
        Assert.Contains("/denied", (await agent.GetAsync("/admin/helpdesk/sla")).Headers.Location?.ToString()); // browsers are sent to the 403 page
        Assert.DoesNotContain("/admin/helpdesk/sla", await agent.GetStringAsync("/admin"));

        var screen = await manager.GetStringAsync("/admin/helpdesk/sla");
        Assert.Contains("Urgent.FirstResponseHours", screen);
        var bad = await manager.PostAsync("/admin/helpdesk/sla", CrmRecipeHost.Form(screen, ("Urgent.FirstResponseHours", "0"), ("Urgent.ResolutionHours", "2")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync("/admin/helpdesk/sla", CrmRecipeHost.Form(screen,
            ("Urgent.FirstResponseHours", "0.5"), ("Urgent.ResolutionHours", "2"), ("Normal.FirstResponseHours", "8")))).StatusCode);

        var urgent = await crm.TicketAsync("Urgent", agentId);
        Assert.Equal(HelpdeskTestData.Stamp(CrmRecipeHost.Start.AddMinutes(30)), urgent.Text("FirstResponseDueAt"));
        var normal = await crm.TicketAsync("Normal", agentId);
        Assert.Null(normal.Text("ResolutionDueAt")); // no resolution target for Normal any more
        await crm.AdvanceAsync(TimeSpan.FromMinutes(10));
        await crm.UpdateAsync(normal, """{ "Status": "InProgress" }""");
        await crm.AdvanceAsync(TimeSpan.FromHours(3));

        var report = await manager.GetStringAsync("/admin/helpdesk/sla-report");
        Assert.Matches("data-month=\"2026-11\" data-priority=\"Urgent\">\\s*<td>2026-11</td><td>Urgent</td>\\s*<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">0%</td>", report);
        Assert.Matches("data-priority=\"Normal\">\\s*<td>2026-11</td><td>Normal</td>\\s*<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">0</td>\\s*<td class=\"text-end\">0</td>\\s*<td class=\"text-end\">100%</td>", report);
        Assert.Contains("/denied", (await agent.GetAsync("/admin/helpdesk/sla-report")).Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_report_counts_a_ticket_in_the_month_it_came_in_where_the_tenant_is(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider); // a Seoul tenant
        await crm.AdvanceAsync(new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero) - CrmRecipeHost.Start); // 1 December, 00:30 in Seoul
        await crm.TicketAsync("Low");
        var (manager, _) = await crm.StaffAsync("jiho", "Manager");

        var report = await manager.GetStringAsync("/admin/helpdesk/sla-report");

        Assert.Contains("data-month=\"2026-12\" data-priority=\"Low\"", report);
        Assert.DoesNotContain("data-month=\"2026-11\"", report); // still 30 November in UTC
    }
}
