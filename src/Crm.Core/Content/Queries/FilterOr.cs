namespace Crm.Core.Content.Queries;

/// <summary>At least one condition holds.</summary>
public sealed record FilterOr(IReadOnlyList<FilterNode> Conditions) : FilterNode;
