namespace Crm.LiveChat.Models;

/// <summary>One chat as a widget or console opens it: the conversation and its lines so far.</summary>
public sealed record ChatView(Conversation Conversation, IReadOnlyList<ChatMessage> Messages);
