using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.LiveChat.Models;

namespace Crm.LiveChat.Services;

/// <summary>The tenant's chats and their messages (tables chat_conversations and chat_messages).</summary>
public sealed class ConversationStore(TenantDb db, TimeProvider clock)
{
    private const string Columns = "id, visitor_id, visitor_name, visitor_email, status, agent_id, customer_id, ticket_id, transcript_id, started_utc, accepted_utc, closed_utc";

    public string Now() => DateTimeFieldKind.Canonical(clock.GetUtcNow());

    public async Task<Conversation> CreateAsync(string visitorId, string? name, string? email, string? customerId, string status, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var conversation = new Conversation
        {
            Id = Ulid.NewUlid(now).ToString(), VisitorId = visitorId, VisitorName = name, VisitorEmail = email, CustomerId = customerId, Status = status,
            StartedUtc = DateTimeFieldKind.Canonical(now), ClosedUtc = status == ConversationStatus.Closed ? DateTimeFieldKind.Canonical(now) : null,
        };
        await db.ExecuteAsync(
            "INSERT INTO chat_conversations (id, visitor_id, visitor_name, visitor_email, status, customer_id, started_utc, closed_utc) " +
            "VALUES (@Id, @VisitorId, @VisitorName, @VisitorEmail, @Status, @CustomerId, @StartedUtc, @ClosedUtc)", conversation, cancellationToken);
        return conversation;
    }

    public Task<Conversation?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<Conversation>($"SELECT {Columns} FROM chat_conversations WHERE id = @id", new { id }, cancellationToken);

    /// <summary>The queue, oldest first.</summary>
    public Task<IReadOnlyList<Conversation>> WaitingAsync(CancellationToken cancellationToken) =>
        db.QueryAsync<Conversation>($"SELECT {Columns} FROM chat_conversations WHERE status = @status ORDER BY started_utc, id",
            new { status = ConversationStatus.Waiting }, cancellationToken);

    /// <summary>The chats an agent is answering, oldest first.</summary>
    public Task<IReadOnlyList<Conversation>> ActiveForAsync(string agentId, CancellationToken cancellationToken) =>
        db.QueryAsync<Conversation>($"SELECT {Columns} FROM chat_conversations WHERE status = @status AND agent_id = @agentId ORDER BY started_utc, id",
            new { status = ConversationStatus.Active, agentId }, cancellationToken);

    /// <summary>Gives a waiting chat to the agent; false when someone else took it first (or it is over).</summary>
    public async Task<bool> AcceptAsync(string id, string agentId, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("UPDATE chat_conversations SET status = @active, agent_id = @agentId, accepted_utc = @now WHERE id = @id AND status = @waiting",
            new { id, agentId, now = Now(), active = ConversationStatus.Active, waiting = ConversationStatus.Waiting }, cancellationToken) == 1;

    /// <summary>Hands an active chat from one agent to another; false when it is not (or no longer) the first agent's.</summary>
    public async Task<bool> TransferAsync(string id, string fromAgentId, string toAgentId, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("UPDATE chat_conversations SET agent_id = @toAgentId WHERE id = @id AND status = @active AND agent_id = @fromAgentId",
            new { id, fromAgentId, toAgentId, active = ConversationStatus.Active }, cancellationToken) == 1;

    /// <summary>Ends a chat that is not over yet; false when it already was.</summary>
    public async Task<bool> CloseAsync(string id, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("UPDATE chat_conversations SET status = @closed, closed_utc = @now WHERE id = @id AND status <> @closed",
            new { id, now = Now(), closed = ConversationStatus.Closed }, cancellationToken) == 1;

    public Task LinkCustomerAsync(string id, string customerId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE chat_conversations SET customer_id = @customerId WHERE id = @id", new { id, customerId }, cancellationToken);

    public Task SetTicketAsync(string id, string ticketId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE chat_conversations SET ticket_id = @ticketId WHERE id = @id", new { id, ticketId }, cancellationToken);

    public Task SetTranscriptAsync(string id, string transcriptId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE chat_conversations SET transcript_id = @transcriptId WHERE id = @id", new { id, transcriptId }, cancellationToken);

    public async Task<ChatMessage> AddMessageAsync(string conversationId, string sender, string? authorId, string? authorName, string body, CancellationToken cancellationToken)
    {
        var message = new ChatMessage { ConversationId = conversationId, Sender = sender, AuthorId = authorId, AuthorName = authorName, Body = body, SentUtc = Now() };
        var id = await db.ExecuteScalarAsync<long>(
            "INSERT INTO chat_messages (conversation_id, sender, author_id, author_name, body, sent_utc) " +
            "VALUES (@ConversationId, @Sender, @AuthorId, @AuthorName, @Body, @SentUtc) RETURNING id", message, cancellationToken);
        return message with { Id = id };
    }

    public Task<IReadOnlyList<ChatMessage>> MessagesAsync(string conversationId, CancellationToken cancellationToken) =>
        db.QueryAsync<ChatMessage>(
            "SELECT id, conversation_id, sender, author_id, author_name, body, sent_utc FROM chat_messages WHERE conversation_id = @conversationId ORDER BY id",
            new { conversationId }, cancellationToken);

    /// <summary>How many messages the visitor sent in this chat since a time (the rate limit counts them).</summary>
    public async Task<int> VisitorMessagesSinceAsync(string conversationId, string since, CancellationToken cancellationToken) =>
        (int)await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM chat_messages WHERE conversation_id = @conversationId AND sender = @sender AND sent_utc > @since",
            new { conversationId, since, sender = ChatSender.Visitor }, cancellationToken);

    /// <summary>How many chats (and left messages) a visitor started since a time.</summary>
    public async Task<int> StartedSinceAsync(string visitorId, string since, CancellationToken cancellationToken) =>
        (int)await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM chat_conversations WHERE visitor_id = @visitorId AND started_utc > @since",
            new { visitorId, since }, cancellationToken);
}
