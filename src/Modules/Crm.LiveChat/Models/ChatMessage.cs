namespace Crm.LiveChat.Models;

/// <summary>One line of a chat (a row of chat_messages), as both hubs send it.</summary>
public sealed record ChatMessage
{
    public long Id { get; init; }
    public string ConversationId { get; init; } = "";
    public string Sender { get; init; } = ChatSender.Visitor;
    [System.Text.Json.Serialization.JsonIgnore] // a user id is nobody's business outside the CRM
    public string? AuthorId { get; init; }
    public string? AuthorName { get; init; }
    public string Body { get; init; } = "";
    public string SentUtc { get; init; } = "";
}
