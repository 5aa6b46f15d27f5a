namespace Crm.LiveChat.Models;

/// <summary>An agent with the console open (on any node).</summary>
public sealed record OnlineAgent
{
    public string UserId { get; init; } = "";
    public string UserName { get; init; } = "";
}
