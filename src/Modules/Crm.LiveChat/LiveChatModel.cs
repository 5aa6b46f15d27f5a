namespace Crm.LiveChat;

/// <summary>The names the module's recipe gives its types, fields and setting, for the code that keeps them.</summary>
public static class LiveChatModel
{
    public const string FeatureId = "Crm.LiveChat";

    /// <summary>Tenant setting: the website origins (scheme://host[:port]) allowed to embed the widget, e.g. [ "https://www.example.com" ].</summary>
    public const string AllowedOriginsSetting = "LiveChatAllowedOrigins";

    public const string CannedAnswer = "CannedAnswer";
    public const string Title = "Title";
    public const string Body = "Body";
    public const string Shortcut = "Shortcut";

    /// <summary>A finished chat's transcript; its Customer relation puts it on the customer's timeline.</summary>
    public const string ChatTranscript = "ChatTranscript";
    public const string Customer = "Customer";
    public const string Visitor = "Visitor";
    public const string StartedAt = "StartedAt";
    public const string Agent = "Agent";
    public const string Ticket = "Ticket";
    public const string Transcript = "Transcript";

    public const string ChatChannel = "Chat";
}
