namespace Crm.LiveChat.Services;

/// <summary>
/// A chat request refused for a reason its sender can fix or should know (empty message, unknown chat, bad token, too many
/// messages); the message is an English key of <see cref="LiveChatText"/>. Nothing was stored.
/// </summary>
public sealed class ChatRefusedException(string reason, ChatRefusal kind = ChatRefusal.BadRequest) : Exception(reason)
{
    public ChatRefusal Kind { get; } = kind;
}

public enum ChatRefusal
{
    BadRequest,
    NotFound,
    Forbidden,
    TooMany,
    Conflict,
}
