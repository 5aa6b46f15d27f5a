namespace Crm.Core.Content.Definitions;

/// <param name="Fields">Field names in index order; a field may end with " desc".</param>
public sealed record CompositeIndexDefinition(string Name, IReadOnlyList<string> Fields);
