using Crm.Core.Tenants;
using Crm.LiveChat.Models;
using Crm.LiveChat.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Crm.LiveChat.Hubs;

/// <summary>
/// The widget's connection (/{prefix}/chat/hub): anonymous, refused from origins the tenant has not allowed; every call
/// carries the chat's signed token, so a visitor only ever reads and writes their own chat.
/// </summary>
public sealed class VisitorChatHub(VisitorChat chat, ChatOrigins origins, TenantScope scope, IStringLocalizer<LiveChatText> text) : Hub
{
    public override async Task OnConnectedAsync()
    {
        if (Context.GetHttpContext() is not { } http || !await origins.AllowsAsync(http.Request, Context.ConnectionAborted))
        {
            throw new HubException(text["This website may not use the chat."].Value);
        }
        await base.OnConnectedAsync();
    }

    /// <summary>The chat so far; from now on its lines, the agent's typing and its end come to this connection.</summary>
    public async Task<ChatView> Open(string token)
    {
        var (conversation, messages) = await chat.OpenAsync(token, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Conversation(scope.Tenant.Name, conversation.Id), Context.ConnectionAborted);
        return new ChatView(conversation with { AgentId = null }, messages);
    }

    public Task<ChatMessage> Send(string token, string body) => chat.SendAsync(token, body, Context.ConnectionAborted);

    public Task Typing(string token) => chat.TypingAsync(token, Context.ConnectionAborted);
}
