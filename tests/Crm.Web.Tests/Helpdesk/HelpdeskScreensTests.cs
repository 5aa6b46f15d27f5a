using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Helpdesk;

/// <summary>The queue every agent sees, taking a ticket into "my tickets", the page's next steps, reopening with a reason, and the dashboard card.</summary>
public sealed class HelpdeskScreensTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_takes_a_ticket_from_the_queue_works_it_from_my_tickets_and_reopens_it_with_a_reason(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (agent, agentId) = await crm.StaffAsync("jisoo", "Agent");
        var (other, _) = await crm.StaffAsync("emma", "Agent");
        var ticket = await crm.TicketAsync("High");

        var queue = await agent.GetStringAsync("/admin/helpdesk/queue");
        Assert.Contains(ticket.Id, queue);
        Assert.Contains("T-2026-000001", await other.GetStringAsync("/admin/helpdesk/queue")); // everyone sees the queue
        Assert.Contains("widget-helpdesk-tickets", await agent.GetStringAsync("/admin"));

        var taken = await agent.PostAsync("/admin/helpdesk/tickets/take", CrmRecipeHost.Form(queue,
            ("itemIds", ticket.Id), ("version", "1"), ("returnUrl", "/admin/helpdesk/queue")));
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(("Assigned", agentId), ((await crm.ReloadAsync(ticket)).Text("Status"), (await crm.ReloadAsync(ticket)).Text("Assignee")));
        Assert.DoesNotContain(ticket.Id, await agent.GetStringAsync("/admin/helpdesk/queue"));
        var mine = await agent.GetStringAsync("/admin/helpdesk/mine");
        Assert.Contains(ticket.Id, mine);
        Assert.DoesNotContain(ticket.Id, await other.GetStringAsync("/admin/helpdesk/mine"));

        var stale = await agent.PostAsync("/admin/helpdesk/tickets/start", CrmRecipeHost.Form(mine, ("itemIds", ticket.Id), ("version", "1")));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode); // the page was older than the ticket: nothing changed
        Assert.Equal(HttpStatusCode.Redirect, (await agent.PostAsync("/admin/helpdesk/tickets/start", CrmRecipeHost.Form(mine, ("itemIds", ticket.Id), ("version", "2")))).StatusCode);

        var page = await agent.GetStringAsync($"/contents/Ticket/{ticket.Id}");
        Assert.Contains("/admin/helpdesk/tickets/resolve", page);
        Assert.Matches("<dt class=\"col-sm-4\">Assignee</dt>\\s*<dd class=\"col-sm-8\">\\s*jisoo\\s*</dd>", page); // users by name, not id
        Assert.Contains("data-change=\"Assignee\">Assignee:  → jisoo</li>", page);
        Assert.DoesNotContain(agentId, await agent.GetStringAsync("/contents/Ticket"));
        Assert.Equal(HttpStatusCode.Redirect, (await agent.PostAsync("/admin/helpdesk/tickets/resolve", CrmRecipeHost.Form(page, ("itemIds", ticket.Id)))).StatusCode);
        var refused = await agent.PostAsync("/admin/helpdesk/tickets/resolve", CrmRecipeHost.Form(page, ("itemIds", ticket.Id)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // already resolved
        Assert.Contains("allowed next", await refused.Content.ReadAsStringAsync());

        var ask = await agent.PostAsync("/admin/helpdesk/tickets/reopen", CrmRecipeHost.Form(page, ("itemIds", ticket.Id)));
        var form = await ask.Content.ReadAsStringAsync();
        Assert.Contains("reopen-reason", form);
        var empty = await agent.PostAsync("/admin/helpdesk/tickets/reopen", CrmRecipeHost.Form(form, ("itemIds", ticket.Id), ("version", "4"), ("reason", " ")));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Resolved", (await crm.ReloadAsync(ticket)).Text("Status"));
        var reopened = await agent.PostAsync("/admin/helpdesk/tickets/reopen", CrmRecipeHost.Form(form, ("itemIds", ticket.Id), ("version", "4"), ("reason", "The error is back")));
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(("InProgress", "The error is back"), ((await crm.ReloadAsync(ticket)).Text("Status"), (await crm.ReloadAsync(ticket)).Text("ReopenReason")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_ticket_shows_on_its_customers_page_and_timeline_and_sales_reps_cannot_change_tickets(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var kim = await crm.CreateAsync("Customer", """{ "Name": "김민준", "Stage": "Customer" }""");
        var ticket = await crm.CreateAsync("Ticket", $$"""{ "Subject": "결제 카드 변경", "Customer": "{{kim.Id}}" }""");
        var admin = await crm.AdminAsync();
        Assert.Contains(ticket.DisplayText, await admin.GetStringAsync($"/contents/Customer/{kim.Id}"));
        var list = await admin.GetStringAsync("/contents/Ticket");
        Assert.Matches("<td>\\s*김민준\\s*</td>", list); // related items by their display text
        Assert.DoesNotContain(kim.Id, list.Replace($"/contents/Ticket/{ticket.Id}", ""));

        var (rep, _) = await crm.StaffAsync("minjun", "SalesRep");
        var queue = await rep.GetAsync("/admin/helpdesk/queue");
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        var home = await rep.GetStringAsync("/admin");
        var take = await rep.PostAsync("/admin/helpdesk/tickets/take", CrmRecipeHost.Form(home, ("itemIds", ticket.Id)));
        Assert.Equal(HttpStatusCode.Forbidden, take.StatusCode);
        Assert.Equal("New", (await crm.ReloadAsync(ticket)).Text("Status"));
    }
}
