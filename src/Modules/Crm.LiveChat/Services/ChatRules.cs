using System.Net.Mail;

namespace Crm.LiveChat.Services;

/// <summary>What a chat accepts from its users: message length, visitor name, email and id; and the visitor's rate limits.</summary>
public static class ChatRules
{
    public const int MaxMessageLength = 2000;
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 200;
    public const int MaxVisitorIdLength = 64;

    /// <summary>A visitor sends at most this many messages per chat in <see cref="MessageWindow"/>.</summary>
    public const int MaxMessagesPerWindow = 20;
    public static readonly TimeSpan MessageWindow = TimeSpan.FromMinutes(1);

    /// <summary>A visitor (id) starts at most this many chats or left messages in <see cref="StartWindow"/>.</summary>
    public const int MaxStartsPerWindow = 5;
    public static readonly TimeSpan StartWindow = TimeSpan.FromHours(1);

    /// <summary>The message trimmed, or the reason it is refused (an English key for <see cref="LiveChatText"/>).</summary>
    public static (string? Body, string? Error) Message(string? body)
    {
        var text = body?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, "Write a message first.");
        if (text.Length > MaxMessageLength) return (null, "A message has at most 2000 characters.");
        return (text, null);
    }

    /// <summary>The visitor's details trimmed (empty ones as null), or the reason they are refused.</summary>
    public static (string? Name, string? Email, string? Error) Visitor(string? visitorId, string? name, string? email)
    {
        if (string.IsNullOrWhiteSpace(visitorId) || visitorId.Length > MaxVisitorIdLength || !visitorId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return (null, null, "The visitor id is missing or malformed.");
        }
        var trimmedName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (trimmedName?.Length > MaxNameLength) return (null, null, "A name has at most 100 characters.");
        var trimmedEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (trimmedEmail is not null && (trimmedEmail.Length > MaxEmailLength || !MailAddress.TryCreate(trimmedEmail, out var address)
                                         || address.Address != trimmedEmail || !address.Host.Contains('.')))
        {
            return (null, null, "That is not an email address.");
        }
        return (trimmedName, trimmedEmail, null);
    }
}
