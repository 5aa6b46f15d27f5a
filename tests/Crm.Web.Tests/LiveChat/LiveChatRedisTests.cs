using Crm.Core.Data;
using Crm.Core.Redis;
using Crm.LiveChat.Models;
using Crm.LiveChat.Services;
using Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Web.Tests.LiveChat;

/// <summary>Live chat on two nodes sharing a real Redis server (CRM_TEST_REDIS) through the deployment's one Redis connection.</summary>
public sealed class LiveChatRedisTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_on_one_node_reaches_a_widget_connected_to_another_over_the_shared_Redis_connection(DatabaseProvider provider)
    {
        var redis = RedisTestServer.Address();
        await using var chat = await LiveChatTestHost.StartAsync(provider, new Dictionary<string, string> { [SharedRedis.ConfigurationKey] = redis });
        await using var nodeB = chat.Crm.Host.StartAnotherNode(chat.Crm.Clock);

        // The hubs' backplane uses the node's shared connection (the one web tracking counts hits on), not one of its own.
        var backplane = nodeB.Service<IOptions<RedisOptions>>().Value.ConnectionFactory;
        Assert.NotNull(backplane);
        Assert.Same(await nodeB.Service<SharedRedis>().ConnectAsync(), await backplane(TextWriter.Null));

        var agent = await chat.OnlineAgentAsync("jisoo");
        var (conversationId, token) = await chat.StartChatAsync("visitor-redis", "김민준", null, "배송이 언제 오나요?");
        await using var widget = await chat.VisitorHubAsync(); // on node A
        await widget.InvokeAsync<ChatView>("Open", token);
        var fromAgent = new TaskCompletionSource<ChatMessage>();
        widget.On<ChatMessage>("message", m => { if (m.Sender == ChatSender.Agent) fromAgent.TrySetResult(m); });

        await nodeB.InTenantAsync("Default", async s =>
        {
            var agentChat = s.GetRequiredService<AgentChat>();
            await agentChat.AcceptAsync(agent, conversationId, CancellationToken.None);
            await agentChat.SendAsync(agent, conversationId, "내일 도착 예정입니다.", CancellationToken.None);
        });
        var received = await fromAgent.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("내일 도착 예정입니다.", "jisoo"), (received.Body, received.AuthorName));
    }
}
