using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.LiveChat.Models;

namespace Crm.LiveChat.Services;

/// <summary>
/// A finished chat's transcript as a ChatTranscript item pointing at the customer, so it shows on the customer's timeline
/// (which lists the items related to it). Written when a chat with a known customer closes, or when an agent links the
/// customer afterwards; written again (updated) when the chat gains a ticket or another customer.
/// </summary>
public sealed class ChatTranscripts(TenantDb db, ContentManager content, ConversationStore conversations)
{
    public async Task<ContentItem?> WriteAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await conversations.GetAsync(conversationId, cancellationToken) is not { Status: ConversationStatus.Closed, CustomerId: not null } conversation) return null;
        var values = new JsonObject
        {
            [LiveChatModel.Customer] = conversation.CustomerId,
            [LiveChatModel.Visitor] = conversation.VisitorLabel,
            [LiveChatModel.StartedAt] = conversation.StartedUtc,
            [LiveChatModel.Agent] = conversation.AgentId,
            [LiveChatModel.Ticket] = conversation.TicketId,
            [LiveChatModel.Transcript] = TranscriptText.Of(conversation, await conversations.MessagesAsync(conversation.Id, cancellationToken)),
        };
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        ContentItem transcript;
        if (conversation.TranscriptId is { } id && await content.GetAsync(id, cancellationToken: cancellationToken) is { } existing)
        {
            transcript = await content.UpdateAsync(id, values, existing.Version, cancellationToken);
        }
        else
        {
            transcript = await content.CreateAsync(LiveChatModel.ChatTranscript, values, conversation.AgentId, cancellationToken: cancellationToken);
            await conversations.SetTranscriptAsync(conversation.Id, transcript.Id, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return transcript;
    }
}
