using Crm.Core.Tenants;
using Crm.LiveChat.Hubs;
using Crm.LiveChat.Models;
using Microsoft.AspNetCore.SignalR;

namespace Crm.LiveChat.Services;

/// <summary>
/// Tells the open widgets and consoles what happened, through both hubs (and, with Redis configured, every node): a chat's
/// lines go to its visitor and its agent, queue changes to every console of the tenant.
/// </summary>
public sealed class ChatNotifier(TenantScope scope, IHubContext<VisitorChatHub> visitors, IHubContext<AgentChatHub> agents)
{
    private string Tenant => scope.Tenant.Name;

    public async Task MessageAsync(Conversation conversation, ChatMessage message, CancellationToken cancellationToken)
    {
        await visitors.Clients.Group(ChatGroups.Conversation(Tenant, conversation.Id)).SendAsync("message", message, cancellationToken);
        if (conversation.AgentId is { } agent) await agents.Clients.Group(ChatGroups.Agent(Tenant, agent)).SendAsync("message", message, cancellationToken);
        else await QueueChangedAsync(cancellationToken);
    }

    public async Task VisitorTypingAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        if (conversation.AgentId is { } agent)
        {
            await agents.Clients.Group(ChatGroups.Agent(Tenant, agent)).SendAsync("typing", new { conversationId = conversation.Id, name = conversation.VisitorLabel }, cancellationToken);
        }
    }

    public Task AgentTypingAsync(Conversation conversation, string agentName, CancellationToken cancellationToken) =>
        visitors.Clients.Group(ChatGroups.Conversation(Tenant, conversation.Id)).SendAsync("typing", new { conversationId = conversation.Id, name = agentName }, cancellationToken);

    /// <summary>An agent took the chat (or it was handed over): the visitor learns the agent's name, the consoles' queues and lists change.</summary>
    public async Task AssignedAsync(Conversation conversation, string agentName, CancellationToken cancellationToken)
    {
        await visitors.Clients.Group(ChatGroups.Conversation(Tenant, conversation.Id)).SendAsync("assigned", new { conversationId = conversation.Id, name = agentName }, cancellationToken);
        await QueueChangedAsync(cancellationToken);
    }

    public async Task ClosedAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        await visitors.Clients.Group(ChatGroups.Conversation(Tenant, conversation.Id)).SendAsync("closed", new { conversationId = conversation.Id }, cancellationToken);
        await QueueChangedAsync(cancellationToken);
    }

    /// <summary>Every console of the tenant reloads its lists (waiting chats, my chats, online agents).</summary>
    public Task QueueChangedAsync(CancellationToken cancellationToken) =>
        agents.Clients.Group(ChatGroups.Agents(Tenant)).SendAsync("changed", cancellationToken);
}
