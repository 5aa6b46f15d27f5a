namespace Crm.Core.Content.Queries;

/// <summary>Every condition holds (an empty list matches everything).</summary>
public sealed record FilterAnd(IReadOnlyList<FilterNode> Conditions) : FilterNode;
