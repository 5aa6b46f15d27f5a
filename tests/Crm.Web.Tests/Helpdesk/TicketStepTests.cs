using System.Net;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Numbering;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Helpdesk;

/// <summary>A ticket's five steps: numbers, the allowed moves and their times, refusals that write nothing, reopening.</summary>
public sealed class TicketStepTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tickets_are_numbered_per_tenant_and_year_and_the_number_reads_back_from_a_subject(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var first = await crm.TicketAsync();
        var second = await crm.TicketAsync();
        Assert.Equal(("T-2026-000001", "T-2026-000002"), (first.Text("Number"), second.Text("Number")));
        Assert.StartsWith("T-2026-000001 ", first.DisplayText);
        Assert.Equal("T-2026-000002", DocumentNumbers.FindIn("RE: [t-2026-000002] 로그인 문제", "T"));
        Assert.Null(DocumentNumbers.FindIn("Q-2026-000002 and XT-2026-000001", "T"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_allowed_move_stamps_its_step_and_a_reopen_needs_a_reason(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var agent = await crm.AdminIdAsync();
        var ticket = await crm.TicketAsync();
        Assert.Equal(("New", HelpdeskTestData.Stamp(CrmRecipeHost.Start)), (ticket.Text("Status"), ticket.Text("NewAt")));

        crm.Clock.Advance(TimeSpan.FromMinutes(10));
        ticket = await crm.UpdateAsync(ticket, $$"""{ "Assignee": "{{agent}}" }""");
        Assert.Equal(("Assigned", HelpdeskTestData.Stamp(crm.Clock.GetUtcNow())), (ticket.Text("Status"), ticket.Text("AssignedAt"))); // an assignee takes it out of the queue
        Assert.Null(ticket.Text("FirstRespondedAt"));

        crm.Clock.Advance(TimeSpan.FromMinutes(10));
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "InProgress" }""");
        Assert.Equal(HelpdeskTestData.Stamp(crm.Clock.GetUtcNow()), ticket.Text("InProgressAt"));
        Assert.Equal(ticket.Text("InProgressAt"), ticket.Text("FirstRespondedAt")); // starting work is the first response

        crm.Clock.Advance(TimeSpan.FromHours(1));
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "Resolved" }""");
        var resolvedAt = HelpdeskTestData.Stamp(crm.Clock.GetUtcNow());
        Assert.Equal(resolvedAt, ticket.Text("ResolvedAt"));

        crm.Clock.Advance(TimeSpan.FromDays(1));
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "Closed" }""");
        Assert.Equal(HelpdeskTestData.Stamp(crm.Clock.GetUtcNow()), ticket.Text("ClosedAt"));

        var noReason = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(ticket, """{ "Status": "InProgress" }"""));
        Assert.Equal(("ReopenReason", "is required to reopen"), (noReason.Errors.Single().Field, noReason.Errors.Single().Problem.Message));

        crm.Clock.Advance(TimeSpan.FromHours(2));
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "InProgress", "ReopenReason": "같은 오류가 다시 납니다" }""");
        Assert.Equal(("InProgress", "1", HelpdeskTestData.Stamp(crm.Clock.GetUtcNow())), (ticket.Text("Status"), ticket.Text("ReopenCount"), ticket.Text("ReopenedAt")));
        Assert.Equal((null, null), (ticket.Text("ResolvedAt"), ticket.Text("ClosedAt"))); // no longer resolved; the history keeps when it was
        Assert.Equal(HelpdeskTestData.Stamp(CrmRecipeHost.Start.AddMinutes(20)), ticket.Text("FirstRespondedAt")); // the first response stays the first
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moves_that_skip_or_go_back_are_refused_naming_the_field_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var ticket = await crm.TicketAsync();

        var skip = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(ticket, """{ "Status": "Resolved" }"""));
        Assert.Equal(("Status", "cannot go from 'New' to 'Resolved'; allowed next: Assigned, In progress"), (skip.Errors.Single().Field, skip.Errors.Single().Problem.Message));
        var nobody = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(ticket, """{ "Status": "InProgress" }"""));
        Assert.Equal(("Assignee", "is required for 'In progress'"), (nobody.Errors.Single().Field, nobody.Errors.Single().Problem.Message));
        var born = await Assert.ThrowsAsync<ContentValidationException>(() => crm.CreateAsync("Ticket", """{ "Subject": "Imported", "Status": "Closed" }"""));
        Assert.Equal(("Status", "a new item must start as New"), (born.Errors.Single().Field, born.Errors.Single().Problem.Message));
        var forged = await crm.UpdateAsync(ticket, """{ "ResolvedAt": "2026-01-01T00:00:00Z", "FirstResponseBreached": true, "Subject": "로그인 오류" }""");
        Assert.Equal((null, "false"), (forged.Text("ResolvedAt"), forged.Text("FirstResponseBreached"))); // the system's fields are the system's

        var agent = await crm.AdminIdAsync();
        ticket = await crm.UpdateAsync(forged, $$"""{ "Assignee": "{{agent}}" }""");
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "InProgress" }""");
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "Resolved" }""");
        var back = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(ticket, """{ "Status": "New" }"""));
        Assert.Equal("Status", back.Errors.Single().Field);

        var admin = await crm.AdminAsync();
        var api = await new GraphQLClient(admin, null).PostAsync($$"""mutation { updateTicket(id: "{{ticket.Id}}", version: {{ticket.Version}}, input: { status: ASSIGNED }) { status } }""");
        Assert.Equal("input.status", api.Json!["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
        var board = await admin.GetStringAsync("/contents/Ticket/kanban");
        var dragged = await admin.PostAsync($"/contents/Ticket/{ticket.Id}/move", CrmRecipeHost.Form(board, ("to", "New"), ("version", ticket.Version.ToString())));
        Assert.Equal(HttpStatusCode.BadRequest, dragged.StatusCode);

        var unchanged = await crm.ReloadAsync(ticket);
        Assert.Equal((ticket.Version, "Resolved"), (unchanged.Version, unchanged.Text("Status")));
        Assert.Equal((long)ticket.Version, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM content_history WHERE item_id = @id", new { id = ticket.Id }));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Taking_the_assignee_away_puts_an_assigned_ticket_back_in_the_queue(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var agent = await crm.AdminIdAsync();
        var ticket = await crm.TicketAsync(assignee: agent);
        Assert.Equal("Assigned", ticket.Text("Status")); // created with an assignee: taken at once

        ticket = await crm.UpdateAsync(ticket, """{ "Assignee": null }""");
        Assert.Equal("New", ticket.Text("Status"));
        ticket = await crm.UpdateAsync(ticket, $$"""{ "Assignee": "{{agent}}" }""");
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "New" }""");
        Assert.Equal(("New", (string?)null), (ticket.Text("Status"), ticket.Text("Assignee"))); // sent back on purpose: nobody has it
    }
}
