using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Helpdesk;

/// <summary>Logged calls find their caller by phone number (Korean formats alike) and become tickets in one click.</summary>
public sealed class CallLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_call_finds_its_customer_by_number_and_becomes_a_ticket_in_one_click(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var kim = await crm.CreateAsync("Customer", """{ "Name": "김민준", "Stage": "Customer", "Mobile": "010-1234-5678" }""");
        await crm.CreateAsync("Customer", """{ "Name": "Lee", "Stage": "Prospect", "Mobile": "010-9999-0000" }""");
        var (agent, agentId) = await crm.StaffAsync("jisoo", "Agent");

        var call = await crm.CreateAsync("CallLog", """{ "Direction": "Inbound", "PhoneNumber": "+82 10 1234 5678", "DurationMinutes": 4, "Notes": "비밀번호 재설정 메일이 오지 않음\n스팸함도 확인함" }""", agentId);
        Assert.Equal(kim.Id, call.Text("Customer")); // +82 10… is 010-…
        Assert.Equal(HelpdeskTestData.Stamp(CrmRecipeHost.Start), call.Text("CalledAt"));
        Assert.Equal("010-1234-5678 비밀번호 재설정 메일이 오지 않음 스팸함도 확인함", call.DisplayText); // the number as read, the notes on one line

        var page = await agent.GetStringAsync($"/contents/CallLog/{call.Id}");
        Assert.Contains("/admin/helpdesk/calls/to-ticket", page);
        var made = await agent.PostAsync("/admin/helpdesk/calls/to-ticket", CrmRecipeHost.Form(page, ("itemIds", call.Id)));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var ticket = Assert.Single(await crm.ItemsAsync("Ticket"));
        Assert.Equal(("비밀번호 재설정 메일이 오지 않음", kim.Id, "Phone", call.Id, "New"),
            (ticket.Text("Subject"), ticket.Text("Customer"), ticket.Text("Channel"), ticket.Text("CallLog"), ticket.Text("Status")));
        Assert.Equal(ticket.Id, (await crm.GetAsync(call.Id)).Text("Ticket"));
        var reply = await crm.CreateAsync("TicketComment", $$"""{ "Ticket": "{{ticket.Id}}", "Kind": "Reply", "Body": "{{new string('가', 70)}}" }""", agentId);
        Assert.Equal(new string('가', 59) + "…", reply.DisplayText); // {{ Body | truncate: 60 }}

        var again = await agent.PostAsync("/admin/helpdesk/calls/to-ticket", CrmRecipeHost.Form(page, ("itemIds", call.Id)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Single(await crm.ItemsAsync("Ticket")); // a call has one ticket
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_number_two_customers_share_is_attached_by_choice_and_a_call_is_assigned_to_staff(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var park = await crm.CreateAsync("Customer", """{ "Name": "박서연", "Stage": "Customer", "Phone": "02-555-0100" }""");
        await crm.CreateAsync("Customer", """{ "Name": "박지훈", "Stage": "Customer", "Phone": "(02) 555 0100" }""");
        var (agent, agentId) = await crm.StaffAsync("jisoo", "Agent");
        var call = await crm.CreateAsync("CallLog", """{ "Direction": "Outbound", "PhoneNumber": "025550100", "Result": "CallBack" }""", agentId);
        Assert.Null(call.Text("Customer")); // two customers have the number: the agent chooses

        var page = await agent.GetStringAsync($"/contents/CallLog/{call.Id}");
        Assert.Contains($"/admin/helpdesk/calls/attach/{park.Id}", page);
        Assert.Equal(HttpStatusCode.Redirect, (await agent.PostAsync($"/admin/helpdesk/calls/attach/{park.Id}", CrmRecipeHost.Form(page, ("itemIds", call.Id)))).StatusCode);
        Assert.Equal(park.Id, (await crm.GetAsync(call.Id)).Text("Customer"));

        page = await agent.GetStringAsync($"/contents/CallLog/{call.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await agent.PostAsync("/admin/helpdesk/calls/assign-to-me", CrmRecipeHost.Form(page, ("itemIds", call.Id)))).StatusCode);
        Assert.Equal(agentId, (await crm.GetAsync(call.Id)).Text("Assignee"));
        var forged = await agent.PostAsync("/admin/helpdesk/calls/assign-to-me", new FormUrlEncodedContent([KeyValuePair.Create("itemIds", call.Id)]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode); // no antiforgery token
    }
}
