using System.Globalization;
using System.Text;
using Crm.Core.Content.Fields;
using Crm.LiveChat.Models;

namespace Crm.LiveChat.Services;

/// <summary>A chat written out as Markdown (for the ticket's description and the timeline's transcript): one line per message, UTC times.</summary>
public static class TranscriptText
{
    public static string Of(Conversation conversation, IReadOnlyList<ChatMessage> messages)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Escape(conversation.VisitorLabel)).Append("**");
        if (conversation.VisitorEmail is { } email && email != conversation.VisitorLabel) text.Append(" <").Append(email).Append('>');
        text.Append("\n\n");
        foreach (var message in messages)
        {
            var who = message.Sender == ChatSender.Visitor ? conversation.VisitorLabel : message.AuthorName ?? message.Sender;
            text.Append("- ").Append(Time(message.SentUtc)).Append(" **").Append(Escape(who)).Append("**: ")
                .Append(Escape(message.Body).Replace("\n", "  \n  ")).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The visitor's first message, first line, cut to <paramref name="length"/>: a ticket's subject.</summary>
    public static string? FirstLine(IReadOnlyList<ChatMessage> messages, int length)
    {
        var first = messages.FirstOrDefault(m => m.Sender == ChatSender.Visitor)?.Body
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(first)) return null;
        return first.Length <= length ? first : first[..(length - 1)] + "…";
    }

    private static string Time(string canonical) =>
        DateTimeOffset.TryParse(canonical, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC"
            : canonical;

    /// <summary>Markdown that the visitor typed stays text: its emphasis and link characters are escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
