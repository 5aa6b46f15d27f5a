namespace Crm.Core.Content.Queries;

/// <param name="Keys">The group's value for each grouping, in the order asked for, as text (null for items without one).</param>
/// <param name="Sum">The summed field's total in the group (0 when nothing is summed).</param>
/// <param name="Distinct">How many different values the counted field has in the group (0 when none is counted).</param>
public sealed record AggregateGroup(IReadOnlyList<string?> Keys, long Count, decimal Sum, long Distinct = 0);
