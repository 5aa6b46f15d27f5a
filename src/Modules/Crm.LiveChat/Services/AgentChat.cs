using Crm.Core.Content.Store;
using Crm.Customers;
using Crm.LiveChat.CannedAnswers;
using Crm.LiveChat.Models;

namespace Crm.LiveChat.Services;

/// <summary>
/// What an agent does in the console: take a waiting chat, answer it, hand it to another online agent, close it, link its
/// customer, turn it into a ticket. Only the agent a chat belongs to acts on it; refusals are <see cref="ChatRefusedException"/>s.
/// </summary>
public sealed class AgentChat(ConversationStore conversations, AgentPresence presence, CannedAnswerCatalog canned, ChatNotifier notifier,
    ChatTranscripts transcripts, ChatTickets tickets, ContentManager content)
{
    public async Task<AgentConsoleState> StateAsync(ChatAgent agent, CancellationToken cancellationToken) => new(
        await conversations.WaitingAsync(cancellationToken),
        await conversations.ActiveForAsync(agent.UserId, cancellationToken),
        await presence.OnlineAsync(cancellationToken),
        await canned.FindAsync(null, cancellationToken));

    /// <summary>A waiting chat (to decide whether to take it) or one of the agent's own.</summary>
    public async Task<ChatView> OpenAsync(ChatAgent agent, string conversationId, CancellationToken cancellationToken)
    {
        var conversation = await ExistingAsync(conversationId, cancellationToken);
        if (conversation.Status != ConversationStatus.Waiting && conversation.AgentId != agent.UserId) throw NotYours();
        return new ChatView(conversation, await conversations.MessagesAsync(conversation.Id, cancellationToken));
    }

    public async Task<ChatView> AcceptAsync(ChatAgent agent, string conversationId, CancellationToken cancellationToken)
    {
        await ExistingAsync(conversationId, cancellationToken);
        if (!await conversations.AcceptAsync(conversationId, agent.UserId, cancellationToken))
        {
            throw new ChatRefusedException("Another agent took this chat, or it is over.", ChatRefusal.Conflict);
        }
        var conversation = await ExistingAsync(conversationId, cancellationToken);
        await notifier.AssignedAsync(conversation, agent.UserName, cancellationToken);
        return new ChatView(conversation, await conversations.MessagesAsync(conversation.Id, cancellationToken));
    }

    public async Task TransferAsync(ChatAgent agent, string conversationId, string toUserId, CancellationToken cancellationToken)
    {
        await MineAsync(agent, conversationId, cancellationToken);
        if (toUserId == agent.UserId) throw new ChatRefusedException("Choose another agent.");
        var target = (await presence.OnlineAsync(cancellationToken)).FirstOrDefault(a => a.UserId == toUserId)
            ?? throw new ChatRefusedException("That agent is not online.", ChatRefusal.Conflict);
        if (!await conversations.TransferAsync(conversationId, agent.UserId, target.UserId, cancellationToken)) throw NotYours();
        await notifier.AssignedAsync(await ExistingAsync(conversationId, cancellationToken), target.UserName, cancellationToken);
    }

    public async Task<ChatMessage> SendAsync(ChatAgent agent, string conversationId, string? text, CancellationToken cancellationToken)
    {
        var (body, error) = ChatRules.Message(text);
        if (error is not null) throw new ChatRefusedException(error);
        var conversation = await MineAsync(agent, conversationId, cancellationToken);
        var message = await conversations.AddMessageAsync(conversation.Id, ChatSender.Agent, agent.UserId, agent.UserName, body!, cancellationToken);
        await notifier.MessageAsync(conversation, message, cancellationToken);
        return message;
    }

    public async Task TypingAsync(ChatAgent agent, string conversationId, CancellationToken cancellationToken) =>
        await notifier.AgentTypingAsync(await MineAsync(agent, conversationId, cancellationToken), agent.UserName, cancellationToken);

    /// <summary>Ends the chat; with a known customer its transcript lands on the customer's timeline.</summary>
    public async Task CloseAsync(ChatAgent agent, string conversationId, CancellationToken cancellationToken)
    {
        var conversation = await MineAsync(agent, conversationId, cancellationToken);
        if (!await conversations.CloseAsync(conversation.Id, cancellationToken)) return;
        await transcripts.WriteAsync(conversation.Id, cancellationToken);
        await notifier.ClosedAsync(conversation, cancellationToken);
    }

    /// <summary>Links the chat to a customer (the visitor's email matched none, or another one); a closed chat's transcript follows.</summary>
    public async Task LinkCustomerAsync(ChatAgent agent, string conversationId, string customerId, CancellationToken cancellationToken)
    {
        var conversation = await OwnedOrClosedByAsync(agent, conversationId, cancellationToken);
        if (await content.GetAsync(customerId, cancellationToken: cancellationToken) is not { ContentType: CustomerModel.Customer } customer)
        {
            throw new ChatRefusedException("There is no such customer.", ChatRefusal.NotFound);
        }
        await conversations.LinkCustomerAsync(conversation.Id, customer.Id, cancellationToken);
        await transcripts.WriteAsync(conversation.Id, cancellationToken);
    }

    /// <summary>The chat's ticket, made now (channel chat, transcript as description, the agent as assignee) or the one it already has.</summary>
    public async Task<ContentItem> ToTicketAsync(ChatAgent agent, string conversationId, CancellationToken cancellationToken)
    {
        var conversation = await OwnedOrClosedByAsync(agent, conversationId, cancellationToken);
        var ticket = await tickets.FromChatAsync(conversation, cancellationToken);
        await transcripts.WriteAsync(conversation.Id, cancellationToken);
        return ticket;
    }

    private async Task<Conversation> ExistingAsync(string conversationId, CancellationToken cancellationToken) =>
        await conversations.GetAsync(conversationId, cancellationToken) ?? throw new ChatRefusedException("There is no such chat.", ChatRefusal.NotFound);

    private async Task<Conversation> MineAsync(ChatAgent agent, string conversationId, CancellationToken cancellationToken)
    {
        var conversation = await ExistingAsync(conversationId, cancellationToken);
        return conversation.Status == ConversationStatus.Active && conversation.AgentId == agent.UserId ? conversation : throw NotYours();
    }

    /// <summary>The agent's chat, open or already closed (a ticket or a customer link often comes after "close").</summary>
    private async Task<Conversation> OwnedOrClosedByAsync(ChatAgent agent, string conversationId, CancellationToken cancellationToken)
    {
        var conversation = await ExistingAsync(conversationId, cancellationToken);
        return conversation.AgentId == agent.UserId ? conversation : throw NotYours();
    }

    private static ChatRefusedException NotYours() => new("This chat is not yours (any more).", ChatRefusal.Forbidden);
}
