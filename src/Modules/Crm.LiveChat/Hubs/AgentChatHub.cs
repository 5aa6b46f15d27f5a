using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Crm.Helpdesk;
using Crm.LiveChat.CannedAnswers;
using Crm.LiveChat.Models;
using Crm.LiveChat.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Crm.LiveChat.Hubs;

/// <summary>
/// The console's connection (/{prefix}/admin/chat/hub), for signed-in users with the AnswerChats permission. An open
/// console is an online agent: it joins the tenant's agents group and its own, and beats every 30 seconds.
/// </summary>
[RequirePermission(Permissions.AnswerChats)]
public sealed class AgentChatHub(AgentChat chat, AgentPresence presence, ChatNotifier notifier, CannedAnswerCatalog canned, TenantScope scope,
    ContentDefinitionManager definitions, ContentAuthorizer authorizer, IStringLocalizer<LiveChatText> text) : Hub
{
    private ChatAgent Agent => new(ContentAuthorizer.UserId(Context.User!) ?? throw new HubException("Not signed in."), Context.User!.Identity?.Name ?? "?");

    public override async Task OnConnectedAsync()
    {
        var agent = Agent;
        await presence.ConnectedAsync(Context.ConnectionId, agent.UserId, agent.UserName, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Agents(scope.Tenant.Name), Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Agent(scope.Tenant.Name, agent.UserId), Context.ConnectionAborted);
        await notifier.QueueChangedAsync(Context.ConnectionAborted);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await presence.DisconnectedAsync(Context.ConnectionId, CancellationToken.None);
        await notifier.QueueChangedAsync(CancellationToken.None);
    }

    public Task Heartbeat() => presence.HeartbeatAsync(Context.ConnectionId, Context.ConnectionAborted);

    public Task<AgentConsoleState> State() => chat.StateAsync(Agent, Context.ConnectionAborted);

    public Task<IReadOnlyList<CannedAnswer>> CannedAnswers(string? term) => canned.FindAsync(term, Context.ConnectionAborted);

    public Task<ChatView> Open(string conversationId) => chat.OpenAsync(Agent, conversationId, Context.ConnectionAborted);

    public Task<ChatView> Accept(string conversationId) => chat.AcceptAsync(Agent, conversationId, Context.ConnectionAborted);

    public Task Transfer(string conversationId, string toUserId) => chat.TransferAsync(Agent, conversationId, toUserId, Context.ConnectionAborted);

    public Task<ChatMessage> Send(string conversationId, string body) => chat.SendAsync(Agent, conversationId, body, Context.ConnectionAborted);

    public Task Typing(string conversationId) => chat.TypingAsync(Agent, conversationId, Context.ConnectionAborted);

    public Task Close(string conversationId) => chat.CloseAsync(Agent, conversationId, Context.ConnectionAborted);

    public Task LinkCustomer(string conversationId, string customerId) => chat.LinkCustomerAsync(Agent, conversationId, customerId, Context.ConnectionAborted);

    /// <summary>Makes (or finds) the chat's ticket; answers its id, number and page.</summary>
    public async Task<object> ToTicket(string conversationId)
    {
        if ((await definitions.GetAsync(Context.ConnectionAborted)).FindType(HelpdeskModel.Ticket) is not { } type
            || !await authorizer.CanAsync(Context.User!, ContentAction.Create, type, null, Context.ConnectionAborted))
        {
            throw new HubException(text["You may not create tickets."].Value);
        }
        var ticket = await chat.ToTicketAsync(Agent, conversationId, Context.ConnectionAborted);
        var pathBase = Context.GetHttpContext()?.Request.PathBase.Value ?? "";
        return new { id = ticket.Id, number = ticket.Text(HelpdeskModel.Number), url = $"{pathBase}/contents/{HelpdeskModel.Ticket}/{ticket.Id}" };
    }
}
