namespace Crm.Core.Content.Queries;

/// <summary>The condition does not hold (an item whose field is empty does not satisfy "Stage eq X", so it matches "not Stage eq X").</summary>
public sealed record FilterNot(FilterNode Condition) : FilterNode;
