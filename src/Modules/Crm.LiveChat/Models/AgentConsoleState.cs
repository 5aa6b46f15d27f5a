using Crm.LiveChat.CannedAnswers;

namespace Crm.LiveChat.Models;

/// <summary>What the console shows on the left: the queue, the agent's own chats, who else is online, and the canned answers.</summary>
public sealed record AgentConsoleState(
    IReadOnlyList<Conversation> Waiting, IReadOnlyList<Conversation> Mine, IReadOnlyList<OnlineAgent> Agents, IReadOnlyList<CannedAnswer> CannedAnswers);
