using System.Net;
using System.Net.Http.Json;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.LiveChat.Models;
using Crm.LiveChat.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Crm.Web.Tests.LiveChat;

/// <summary>A visitor's chat is stored as it happens, read back on reconnect, and only with its own signed token.</summary>
public sealed class VisitorChatTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_chat_is_stored_line_by_line_and_a_reconnecting_visitor_reads_it_back(DatabaseProvider provider)
    {
        await using var chat = await LiveChatTestHost.StartAsync(provider);
        var agent = await chat.OnlineAgentAsync("jisoo");
        var (conversationId, token) = await chat.StartChatAsync("visitor-1", "김민준", null, "배송이 언제 오나요?");

        await using var widget = await chat.VisitorHubAsync();
        var opened = await widget.InvokeAsync<ChatView>("Open", token);
        Assert.Equal((ConversationStatus.Waiting, "김민준"), (opened.Conversation.Status, opened.Conversation.VisitorName));
        Assert.Equal(["배송이 언제 오나요?"], opened.Messages.Select(m => m.Body));

        var fromAgent = new TaskCompletionSource<ChatMessage>();
        widget.On<ChatMessage>("message", m => { if (m.Sender == ChatSender.Agent) fromAgent.TrySetResult(m); });
        await chat.AgentAsync(a => a.AcceptAsync(agent, conversationId, CancellationToken.None));
        await chat.AgentAsync(a => a.SendAsync(agent, conversationId, "  내일 도착 예정입니다.  ", CancellationToken.None));
        var received = await fromAgent.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("내일 도착 예정입니다.", "jisoo"), (received.Body, received.AuthorName));

        await widget.InvokeAsync<ChatMessage>("Send", token, "감사합니다");
        await using var reconnected = await chat.VisitorHubAsync();
        var again = await reconnected.InvokeAsync<ChatView>("Open", token);
        Assert.Equal(ConversationStatus.Active, again.Conversation.Status);
        Assert.Equal([(ChatSender.Visitor, "배송이 언제 오나요?"), (ChatSender.Agent, "내일 도착 예정입니다."), (ChatSender.Visitor, "감사합니다")],
            again.Messages.Select(m => (m.Sender, m.Body)));
        Assert.Null(again.Conversation.AgentId); // the widget never learns staff ids
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Forged_tokens_unknown_chats_and_bad_messages_are_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var chat = await LiveChatTestHost.StartAsync(provider);
        var agent = await chat.OnlineAgentAsync("jisoo");
        var (conversationId, token) = await chat.StartChatAsync("visitor-1", null, null, "hello");
        var (_, otherToken) = await chat.StartChatAsync("visitor-2", null, null, "someone else's question");
        await using var widget = await chat.VisitorHubAsync();

        var forged = token[..^4] + (token.EndsWith("AAAA") ? "BBBB" : "AAAA");
        Assert.Contains("not valid", (await Assert.ThrowsAsync<HubException>(() => widget.InvokeAsync<ChatMessage>("Send", forged, "hi"))).Message);
        Assert.Contains("not valid", (await Assert.ThrowsAsync<HubException>(() => widget.InvokeAsync<ChatView>("Open", conversationId))).Message);
        Assert.Contains("Write a message", (await Assert.ThrowsAsync<HubException>(() => widget.InvokeAsync<ChatMessage>("Send", token, "   "))).Message);
        Assert.Contains("2000", (await Assert.ThrowsAsync<HubException>(() => widget.InvokeAsync<ChatMessage>("Send", token, new string('x', 2001)))).Message);
        var mine = await widget.InvokeAsync<ChatView>("Open", otherToken); // a token opens its own chat only
        Assert.Equal(["someone else's question"], mine.Messages.Select(m => m.Body));
        Assert.Equal(2, await chat.MessageCountAsync());

        var badStart = await chat.Visitor().PostAsJsonAsync("/chat/conversations", new { visitorId = "visitor-3", email = "not-an-email", message = "hi" });
        Assert.Equal(HttpStatusCode.BadRequest, badStart.StatusCode);
        var noVisitor = await chat.Visitor().PostAsJsonAsync("/chat/conversations", new { visitorId = "", message = "hi" });
        Assert.Equal(HttpStatusCode.BadRequest, noVisitor.StatusCode);
        Assert.Equal(2, await chat.ConversationCountAsync());

        var unknown = await Assert.ThrowsAsync<ChatRefusedException>(() => chat.AgentAsync(a => a.AcceptAsync(agent, "01JUNKNOWNCHAT000000000000", CancellationToken.None)));
        Assert.Equal(ChatRefusal.NotFound, unknown.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visitor_sending_too_fast_is_refused_until_the_minute_has_passed(DatabaseProvider provider)
    {
        await using var chat = await LiveChatTestHost.StartAsync(provider);
        var (_, token) = await chat.StartChatAsync("visitor-1", null, null, "first");
        await using var widget = await chat.VisitorHubAsync();
        for (var i = 1; i < ChatRules.MaxMessagesPerWindow; i++) await widget.InvokeAsync<ChatMessage>("Send", token, $"message {i}");

        Assert.Contains("too fast", (await Assert.ThrowsAsync<HubException>(() => widget.InvokeAsync<ChatMessage>("Send", token, "one too many"))).Message);
        Assert.Equal(ChatRules.MaxMessagesPerWindow, await chat.MessageCountAsync());

        chat.Crm.Clock.Advance(ChatRules.MessageWindow);
        await widget.InvokeAsync<ChatMessage>("Send", token, "after a pause");
        Assert.Equal(ChatRules.MaxMessagesPerWindow + 1, await chat.MessageCountAsync());
    }
}
