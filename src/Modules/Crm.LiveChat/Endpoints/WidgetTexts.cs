using Microsoft.Extensions.Localization;

namespace Crm.LiveChat.Endpoints;

/// <summary>The widget's texts, in the visitor's language (their browser's Accept-Language), sent with the status.</summary>
public static class WidgetTexts
{
    private static readonly Dictionary<string, string> Keys = new()
    {
        ["open"] = "Chat with us",
        ["title"] = "Chat",
        ["close"] = "Close",
        ["name"] = "Name (optional)",
        ["email"] = "Email (optional)",
        ["message"] = "Your message",
        ["start"] = "Start chat",
        ["send"] = "Send",
        ["waiting"] = "Please wait, an agent will be with you shortly.",
        ["joined"] = "{0} joined the chat.",
        ["typing"] = "{0} is typing…",
        ["ended"] = "The chat has ended. Thank you!",
        ["offline"] = "No agent is online right now. Leave a message and we will get back to you.",
        ["leave"] = "Leave a message",
        ["left"] = "Thank you! Your message was received as {0}.",
        ["you"] = "You",
        ["failed"] = "Something went wrong. Please try again.",
    };

    public static Dictionary<string, string> In(IStringLocalizer<LiveChatText> text) => Keys.ToDictionary(k => k.Key, k => text[k.Value].Value);
}
