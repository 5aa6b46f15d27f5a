namespace Crm.KnowledgeBase.Models;

public sealed record CategoryOption(string Id, string Name);
