namespace Crm.LiveChat.Models;

public static class ChatSender
{
    public const string Visitor = "Visitor";
    public const string Agent = "Agent";
}
