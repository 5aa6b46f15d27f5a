using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.LiveChat.Models;

namespace Crm.LiveChat.Services;

/// <summary>
/// What a website visitor may do: start a chat (getting its signed token), leave a message when nobody is online (a
/// ticket), and with the token read, write and type in that one chat. Bad input, a bad token and too many messages are
/// refused with a <see cref="ChatRefusedException"/>, and nothing is stored.
/// </summary>
public sealed class VisitorChat(TenantDb db, TenantScope scope, ConversationStore conversations, VisitorTokens tokens, CustomerByEmail customers,
    ChatTickets tickets, ChatNotifier notifier, TimeProvider clock)
{
    public async Task<(Conversation Conversation, string Token)> StartAsync(string? visitorId, string? name, string? email, string? firstMessage,
        CancellationToken cancellationToken)
    {
        var (visitorName, visitorEmail, error) = ChatRules.Visitor(visitorId, name, email);
        if (error is not null) throw new ChatRefusedException(error);
        var (body, bodyError) = firstMessage is null ? (null, null) : ChatRules.Message(firstMessage);
        if (bodyError is not null) throw new ChatRefusedException(bodyError);
        await RefuseTooManyStartsAsync(visitorId!, cancellationToken);

        var customerId = await customers.FindAsync(visitorEmail, cancellationToken);
        Conversation conversation;
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            conversation = await conversations.CreateAsync(visitorId!, visitorName, visitorEmail, customerId, ConversationStatus.Waiting, cancellationToken);
            if (body is not null) await conversations.AddMessageAsync(conversation.Id, ChatSender.Visitor, null, conversation.VisitorLabel, body, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await notifier.QueueChangedAsync(cancellationToken);
        return (conversation, tokens.Issue(scope.Tenant.Name, new VisitorIdentity(conversation.Id, conversation.VisitorId)));
    }

    /// <summary>A message left while no agent is online: a closed conversation and a ticket (channel chat).</summary>
    public async Task<ContentItem> LeaveMessageAsync(string? visitorId, string? name, string? email, string? message, CancellationToken cancellationToken)
    {
        var (visitorName, visitorEmail, error) = ChatRules.Visitor(visitorId, name, email);
        if (error is not null) throw new ChatRefusedException(error);
        var (body, bodyError) = ChatRules.Message(message);
        if (bodyError is not null) throw new ChatRefusedException(bodyError);
        await RefuseTooManyStartsAsync(visitorId!, cancellationToken);
        var customerId = await customers.FindAsync(visitorEmail, cancellationToken);
        return await tickets.FromLeftMessageAsync(visitorId!, visitorName, visitorEmail, customerId, body!, cancellationToken);
    }

    /// <summary>The chat the token opens, with its messages so far (a reconnecting widget reads them back).</summary>
    public async Task<(Conversation Conversation, IReadOnlyList<ChatMessage> Messages)> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var conversation = await ConversationOfAsync(token, cancellationToken);
        return (conversation, await conversations.MessagesAsync(conversation.Id, cancellationToken));
    }

    public async Task<ChatMessage> SendAsync(string? token, string? text, CancellationToken cancellationToken)
    {
        var conversation = await ConversationOfAsync(token, cancellationToken);
        var (body, error) = ChatRules.Message(text);
        if (error is not null) throw new ChatRefusedException(error);
        if (conversation.Status == ConversationStatus.Closed) throw new ChatRefusedException("This chat is over. Start a new one to write again.", ChatRefusal.Conflict);
        var since = DateTimeFieldKind.Canonical(clock.GetUtcNow() - ChatRules.MessageWindow);
        if (await conversations.VisitorMessagesSinceAsync(conversation.Id, since, cancellationToken) >= ChatRules.MaxMessagesPerWindow)
        {
            throw new ChatRefusedException("You are sending messages too fast. Wait a moment and try again.", ChatRefusal.TooMany);
        }
        var message = await conversations.AddMessageAsync(conversation.Id, ChatSender.Visitor, null, conversation.VisitorLabel, body!, cancellationToken);
        await notifier.MessageAsync(conversation, message, cancellationToken);
        return message;
    }

    public async Task TypingAsync(string? token, CancellationToken cancellationToken)
    {
        var conversation = await ConversationOfAsync(token, cancellationToken);
        if (conversation.Status == ConversationStatus.Active) await notifier.VisitorTypingAsync(conversation, cancellationToken);
    }

    /// <summary>The conversation a token names, when the token is this tenant's, unaltered, and its chat exists.</summary>
    public async Task<Conversation> ConversationOfAsync(string? token, CancellationToken cancellationToken)
    {
        var identity = tokens.Read(scope.Tenant.Name, token) ?? throw new ChatRefusedException("This chat link is not valid.", ChatRefusal.Forbidden);
        return await conversations.GetAsync(identity.ConversationId, cancellationToken) is { } conversation && conversation.VisitorId == identity.VisitorId
            ? conversation
            : throw new ChatRefusedException("There is no such chat.", ChatRefusal.NotFound);
    }

    private async Task RefuseTooManyStartsAsync(string visitorId, CancellationToken cancellationToken)
    {
        var since = DateTimeFieldKind.Canonical(clock.GetUtcNow() - ChatRules.StartWindow);
        if (await conversations.StartedSinceAsync(visitorId, since, cancellationToken) >= ChatRules.MaxStartsPerWindow)
        {
            throw new ChatRefusedException("You started too many chats. Try again later.", ChatRefusal.TooMany);
        }
    }
}
