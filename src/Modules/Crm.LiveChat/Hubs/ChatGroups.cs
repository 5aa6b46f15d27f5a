namespace Crm.LiveChat.Hubs;

/// <summary>SignalR group names; each carries the tenant's name, so no group (and no Redis channel) is shared by two tenants.</summary>
public static class ChatGroups
{
    /// <summary>The visitor's connections of one chat (visitor hub).</summary>
    public static string Conversation(string tenant, string conversationId) => $"{tenant}:conversation:{conversationId}";

    /// <summary>Every open console of the tenant (agent hub): the queue changed.</summary>
    public static string Agents(string tenant) => $"{tenant}:agents";

    /// <summary>One agent's consoles (agent hub): their chats' messages.</summary>
    public static string Agent(string tenant, string userId) => $"{tenant}:agent:{userId}";
}
