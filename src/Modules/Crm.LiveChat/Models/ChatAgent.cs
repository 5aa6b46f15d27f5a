namespace Crm.LiveChat.Models;

/// <summary>The signed-in agent acting in the console.</summary>
public sealed record ChatAgent(string UserId, string UserName);
