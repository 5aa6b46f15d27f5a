namespace Crm.LiveChat.Models;

/// <summary>One chat (a row of chat_conversations); times are canonical UTC strings, as in the content store.</summary>
public sealed record Conversation
{
    public string Id { get; init; } = "";
    public string VisitorId { get; init; } = "";
    public string? VisitorName { get; init; }
    public string? VisitorEmail { get; init; }
    public string Status { get; init; } = ConversationStatus.Waiting;
    public string? AgentId { get; init; }
    public string? CustomerId { get; init; }
    public string? TicketId { get; init; }
    public string? TranscriptId { get; init; }
    public string StartedUtc { get; init; } = "";
    public string? AcceptedUtc { get; init; }
    public string? ClosedUtc { get; init; }

    /// <summary>How the visitor is shown: the name, else the email, else "Visitor".</summary>
    public string VisitorLabel => VisitorName ?? VisitorEmail ?? "Visitor";
}
