using System.Net;
using System.Text;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Helpdesk.Mail;

/// <summary>
/// Mail a relay posts to /api/helpdesk/inbound-mail: a new mail opens an email ticket for the customer it comes from; a
/// reply carrying the ticket number becomes the customer's message on it (reopening a resolved ticket); the same
/// Message-ID twice makes one ticket.
/// </summary>
public sealed class InboundMailTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_mail_opens_a_ticket_for_its_sender_and_a_reply_with_the_number_reopens_it(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var kim = await crm.CreateAsync("Customer", """{ "Name": "김민준", "Stage": "Customer", "Email": "minjun.kim@customer.example" }""");
        var relay = crm.Relay();

        var first = TestMail.Raw("Kim Minjun <Minjun.Kim@customer.example>", "로그인이 되지 않습니다", messageId: "first@customer.example",
            attachment: ("screenshot.png", new byte[2048]));
        var created = await relay.DeliverAsync(first);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.JsonAsync();
        var ticket = Assert.Single(await crm.ItemsAsync("Ticket"));
        Assert.Equal((ticket.Id, ticket.Text("Number"), "Ticket"), (answer["ticketId"]!.GetValue<string>(), answer["number"]!.GetValue<string>(), answer["outcome"]!.GetValue<string>()));
        Assert.Equal(("로그인이 되지 않습니다", "Email", kim.Id, "New"), (ticket.Text("Subject"), ticket.Text("Channel"), ticket.Text("Customer"), ticket.Text("Status")));
        Assert.Contains("안녕하세요, 로그인이 되지 않습니다.", ticket.Text("Description"));
        Assert.Contains("screenshot.png (2 KB)", ticket.Text("Description"));

        var again = await relay.DeliverAsync(first); // the relay retried
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.JsonAsync())["duplicate"]!.GetValue<bool>());
        Assert.Single(await crm.ItemsAsync("Ticket"));

        var agent = await crm.AdminIdAsync();
        ticket = await crm.UpdateAsync(ticket, $$"""{ "Assignee": "{{agent}}", "Status": "InProgress" }""");
        ticket = await crm.UpdateAsync(ticket, """{ "Status": "Resolved" }""");
        var reply = TestMail.Raw("minjun.kim@customer.example", $"RE: [{ticket.Text("Number")}] 로그인이 되지 않습니다", "아직도 안 됩니다.", "reply@customer.example",
            html: "<p>아직도 <b>안 됩니다.</b></p><script>alert(1)</script>");
        var threaded = await relay.DeliverAsync(reply);
        Assert.Equal(HttpStatusCode.OK, threaded.StatusCode);
        Assert.Equal(("Comment", "reopened"), ((await threaded.JsonAsync())["outcome"]!.GetValue<string>(), (await threaded.JsonAsync())["note"]!.GetValue<string>()));
        var comment = Assert.Single(await crm.ItemsAsync("TicketComment"));
        Assert.Equal((ticket.Id, "CustomerMessage"), (comment.Text("Ticket"), comment.Text("Kind")));
        Assert.Contains("아직도 안 됩니다.", comment.Text("Body"));
        Assert.DoesNotContain("alert", comment.Text("Body")); // the HTML part is reduced to its text
        ticket = await crm.ReloadAsync(ticket);
        Assert.Equal(("InProgress", "1"), (ticket.Text("Status"), ticket.Text("ReopenCount")));
        Assert.Single(await crm.ItemsAsync("Ticket"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_senders_unknown_numbers_and_machine_mail_are_handled_without_guessing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var relay = crm.Relay();

        var stranger = await relay.DeliverAsync(TestMail.Raw("someone@elsewhere.example", "Question about pricing"));
        Assert.Equal(HttpStatusCode.Created, stranger.StatusCode);
        var ticket = Assert.Single(await crm.ItemsAsync("Ticket"));
        Assert.Null(ticket.Text("Customer")); // no customer is made from a stranger's mail
        Assert.Contains("someone@elsewhere.example", ticket.Text("Description"));

        var unknownNumber = await relay.DeliverAsync(TestMail.Raw("someone@elsewhere.example", "Re: T-2026-999999 still waiting"));
        Assert.Equal(HttpStatusCode.Created, unknownNumber.StatusCode); // not a ticket here: a new one that says so
        var second = await crm.GetAsync((await unknownNumber.JsonAsync())["ticketId"]!.GetValue<string>());
        Assert.Contains("T-2026-999999", second.Text("Description"));

        var outOfOffice = await relay.DeliverAsync(TestMail.Raw("someone@elsewhere.example", $"Automatic reply: [{ticket.Text("Number")}]",
            headers: new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" }));
        Assert.Equal(HttpStatusCode.OK, outOfOffice.StatusCode);
        Assert.Equal("Ignored", (await outOfOffice.JsonAsync())["outcome"]!.GetValue<string>());
        var bulk = await relay.DeliverAsync(TestMail.Raw("news@elsewhere.example", "Newsletter", headers: new Dictionary<string, string> { ["Precedence"] = "bulk" }));
        Assert.Equal("Ignored", (await bulk.JsonAsync())["outcome"]!.GetValue<string>());
        Assert.Equal(2, (await crm.ItemsAsync("Ticket")).Count);
        Assert.Empty(await crm.ItemsAsync("TicketComment"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_refused_naming_the_problem_and_stores_nothing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider, settings: new Dictionary<string, string> { ["Crm:HelpdeskMail:MaxMessageBytes"] = "4096" });
        var relay = crm.Relay();

        var notMime = await relay.DeliverAsync(Encoding.UTF8.GetBytes("this is not a mail at all\nno headers here\n"));
        Assert.Equal(HttpStatusCode.BadRequest, notMime.StatusCode);
        Assert.Contains("not a MIME message", await notMime.Content.ReadAsStringAsync());

        var empty = await relay.DeliverAsync([]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("empty", await empty.Content.ReadAsStringAsync());

        var noSender = await relay.DeliverAsync(Encoding.UTF8.GetBytes("From: undisclosed\r\nSubject: hello\r\nDate: Mon, 23 Nov 2026 09:00:00 +0900\r\n\r\nbody\r\n"));
        Assert.Equal(HttpStatusCode.BadRequest, noSender.StatusCode);
        Assert.Contains("no sender", await noSender.Content.ReadAsStringAsync());

        var oversize = await relay.DeliverAsync(TestMail.Raw("kim@customer.example", "big", attachment: ("dump.bin", new byte[8192])));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.StatusCode);
        Assert.Contains("4,096 bytes", await oversize.Content.ReadAsStringAsync());

        var wrongType = await relay.DeliverAsync(TestMail.Raw("kim@customer.example", "json?"), "application/json");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);

        var anonymous = await crm.Relay(apiKey: null).DeliverAsync(TestMail.Raw("kim@customer.example", "who am I"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        Assert.Empty(await crm.ItemsAsync("Ticket"));
        Assert.Equal(0, await crm.InboundRowsAsync());
    }
}
