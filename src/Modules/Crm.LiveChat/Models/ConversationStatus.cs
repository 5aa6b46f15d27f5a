namespace Crm.LiveChat.Models;

/// <summary>Where a chat is: in the queue, with an agent, or over (a left message is over from the start).</summary>
public static class ConversationStatus
{
    public const string Waiting = "Waiting";
    public const string Active = "Active";
    public const string Closed = "Closed";
}
