namespace Crm.Core.Content.Duplicates;

public sealed record DuplicateItem(string Id, string DisplayText);
