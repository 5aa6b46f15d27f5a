namespace Crm.LiveChat.Models;

/// <summary>What a visitor's signed token proves: this visitor may read and write this conversation (of this tenant).</summary>
public sealed record VisitorIdentity(string ConversationId, string VisitorId);
