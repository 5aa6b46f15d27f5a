namespace Crm.Core.Content.Queries;

/// <param name="Key">The group's value as text (null for items without one, and when nothing is grouped).</param>
/// <param name="Sum">The summed field's total in the group (0 when nothing is summed).</param>
public sealed record AggregateRow(string? Key, long Count, decimal Sum);
