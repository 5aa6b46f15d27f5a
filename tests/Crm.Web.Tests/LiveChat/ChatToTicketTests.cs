using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.LiveChat.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.LiveChat;

/// <summary>Chats become tickets (channel chat): a left message when nobody is online, an agent's chat in one click; transcripts reach the customer's timeline.</summary>
public sealed class ChatToTicketTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_no_agent_online_a_left_message_becomes_a_ticket_of_the_customer_with_that_email(DatabaseProvider provider)
    {
        await using var chat = await LiveChatTestHost.StartAsync(provider);
        var kim = await chat.Crm.CreateAsync("Customer", """{ "Name": "김민준", "Stage": "Customer", "Email": "minjun@example.com" }""");

        var status = (await chat.Visitor().GetFromJsonAsync<JsonObject>("/chat/status"))!;
        Assert.False(status["online"]!.GetValue<bool>());

        var left = await chat.Visitor().PostAsJsonAsync("/chat/messages",
            new { visitorId = "visitor-1", name = "김민준", email = "minjun@example.com", message = "환불 요청합니다\n주문번호 1234" });
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        var ticket = Assert.Single(await chat.Crm.ItemsAsync("Ticket"));
        Assert.Equal((await left.Content.ReadFromJsonAsync<JsonObject>())!["ticket"]!.GetValue<string>(), ticket.Text("Number"));
        Assert.Equal(("환불 요청합니다", "Chat", kim.Id, "New"), (ticket.Text("Subject"), ticket.Text("Channel"), ticket.Text("Customer"), ticket.Text("Status")));
        Assert.Contains("주문번호 1234", ticket.Text("Description"));

        var empty = await chat.Visitor().PostAsJsonAsync("/chat/messages", new { visitorId = "visitor-1", message = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Single(await chat.Crm.ItemsAsync("Ticket"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_turns_a_chat_into_a_ticket_and_the_closed_chat_lands_on_the_customer_timeline(DatabaseProvider provider)
    {
        await using var chat = await LiveChatTestHost.StartAsync(provider);
        var lee = await chat.Crm.CreateAsync("Customer", """{ "Name": "이서연", "Stage": "Customer" }""");
        var agent = await chat.OnlineAgentAsync("jisoo");
        var (conversationId, _) = await chat.StartChatAsync("visitor-1", "Seoyeon", "seoyeon@example.com", "로그인이 안 돼요\n비밀번호를 바꿨는데도요");
        await chat.AgentAsync(a => a.AcceptAsync(agent, conversationId, CancellationToken.None));
        await chat.AgentAsync(a => a.SendAsync(agent, conversationId, "확인해 보겠습니다.", CancellationToken.None));

        var ticket = await chat.AgentAsync(a => a.ToTicketAsync(agent, conversationId, CancellationToken.None));
        Assert.Equal(("로그인이 안 돼요", "Chat", agent.UserId), (ticket.Text("Subject"), ticket.Text("Channel"), ticket.Text("Assignee")));
        Assert.Null(ticket.Text("Customer")); // nobody has the visitor's email
        Assert.Contains("비밀번호를 바꿨는데도요", ticket.Text("Description"));
        Assert.Contains("**jisoo**: 확인해 보겠습니다.", ticket.Text("Description"));
        Assert.Equal(ticket.Id, (await chat.AgentAsync(a => a.ToTicketAsync(agent, conversationId, CancellationToken.None))).Id); // one ticket per chat

        await chat.AgentAsync(async a => { await a.CloseAsync(agent, conversationId, CancellationToken.None); return 0; });
        Assert.Empty(await chat.Crm.ItemsAsync("ChatTranscript")); // no customer yet
        await chat.AgentAsync(async a => { await a.LinkCustomerAsync(agent, conversationId, lee.Id, CancellationToken.None); return 0; });

        var transcript = Assert.Single(await chat.Crm.ItemsAsync("ChatTranscript"));
        Assert.Equal((lee.Id, ticket.Id, agent.UserId), (transcript.Text("Customer"), transcript.Text("Ticket"), transcript.Text("Agent")));
        Assert.Contains("로그인이 안 돼요", transcript.Text("Transcript"));
        var timeline = await chat.Crm.RunAsync(s => s.GetRequiredService<ContentTimeline>().ForItemAsync(lee.Id));
        Assert.Contains(timeline, e => e.Kind == TimelineEntryKind.RelatedItem && e.ItemId == transcript.Id);

        var other = await chat.OnlineAgentAsync("minho");
        var notYours = await Assert.ThrowsAsync<ChatRefusedException>(() => chat.AgentAsync(a => a.ToTicketAsync(other, conversationId, CancellationToken.None)));
        Assert.Equal(ChatRefusal.Forbidden, notYours.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_chat_goes_to_one_agent_and_is_handed_only_to_an_online_one(DatabaseProvider provider)
    {
        await using var chat = await LiveChatTestHost.StartAsync(provider);
        var jisoo = await chat.OnlineAgentAsync("jisoo");
        var minho = await chat.OnlineAgentAsync("minho");
        var (conversationId, _) = await chat.StartChatAsync("visitor-1", null, "kim@example.com", "hello");

        Assert.Single((await chat.AgentAsync(a => a.StateAsync(minho, CancellationToken.None))).Waiting);
        await chat.AgentAsync(a => a.AcceptAsync(jisoo, conversationId, CancellationToken.None));
        var late = await Assert.ThrowsAsync<ChatRefusedException>(() => chat.AgentAsync(a => a.AcceptAsync(minho, conversationId, CancellationToken.None)));
        Assert.Equal(ChatRefusal.Conflict, late.Kind);

        var offline = await Assert.ThrowsAsync<ChatRefusedException>(() => chat.AgentAsync(async a =>
        {
            await a.TransferAsync(jisoo, conversationId, "someone-offline", CancellationToken.None);
            return 0;
        }));
        Assert.Equal(ChatRefusal.Conflict, offline.Kind);
        await chat.AgentAsync(async a => { await a.TransferAsync(jisoo, conversationId, minho.UserId, CancellationToken.None); return 0; });
        var state = await chat.AgentAsync(a => a.StateAsync(minho, CancellationToken.None));
        Assert.Equal(conversationId, Assert.Single(state.Mine).Id);
        Assert.Empty(state.Waiting);
        Assert.Contains(state.CannedAnswers, c => c.Shortcut == "hours");
        await Assert.ThrowsAsync<ChatRefusedException>(() => chat.AgentAsync(a => a.SendAsync(jisoo, conversationId, "still mine?", CancellationToken.None)));
    }
}
