using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Helpdesk;
using Crm.Helpdesk.Services;
using Crm.LiveChat.Models;
using Microsoft.Extensions.Localization;

namespace Crm.LiveChat.Services;

/// <summary>
/// Chats become helpdesk tickets (channel chat): an agent's chat in one click, with its transcript as the description and
/// the agent as assignee; a message left while no agent was online, as it came. Subject: the visitor's first line.
/// A chat that already has its ticket keeps it.
/// </summary>
public sealed class ChatTickets(TenantDb db, ContentManager content, ConversationStore conversations, IStringLocalizer<LiveChatText> text)
{
    public async Task<ContentItem> FromChatAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        if (conversation.TicketId is { } existing && await content.GetAsync(existing, cancellationToken: cancellationToken) is { } ticket) return ticket;
        var messages = await conversations.MessagesAsync(conversation.Id, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        ticket = await CreateAsync(conversation, messages, conversation.AgentId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ticket;
    }

    /// <summary>Stores a left message as a closed conversation and its ticket, in one transaction.</summary>
    public async Task<ContentItem> FromLeftMessageAsync(string visitorId, string? name, string? email, string? customerId, string body, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var conversation = await conversations.CreateAsync(visitorId, name, email, customerId, ConversationStatus.Closed, cancellationToken);
        var message = await conversations.AddMessageAsync(conversation.Id, ChatSender.Visitor, null, conversation.VisitorLabel, body, cancellationToken);
        var ticket = await CreateAsync(conversation, [message], null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ticket;
    }

    private async Task<ContentItem> CreateAsync(Conversation conversation, IReadOnlyList<ChatMessage> messages, string? assignee, CancellationToken cancellationToken)
    {
        var ticket = await content.CreateAsync(HelpdeskModel.Ticket, new JsonObject
        {
            [HelpdeskModel.Subject] = TranscriptText.FirstLine(messages, CallToTicket.SubjectLength) ?? text["Chat with {0}", conversation.VisitorLabel].Value,
            [HelpdeskModel.Description] = TranscriptText.Of(conversation, messages),
            [HelpdeskModel.Customer] = conversation.CustomerId,
            [HelpdeskModel.Channel] = LiveChatModel.ChatChannel,
            [HelpdeskModel.Assignee] = assignee,
        }, cancellationToken: cancellationToken);
        await conversations.SetTicketAsync(conversation.Id, ticket.Id, cancellationToken);
        return ticket;
    }
}
