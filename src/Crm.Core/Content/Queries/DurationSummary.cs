namespace Crm.Core.Content.Queries;

/// <summary>Durations between two date-times over a set of items (<see cref="ContentAggregates.DurationAsync"/>).</summary>
/// <param name="Count">Items that have both date-times.</param>
/// <param name="MeanDays">The average in days; null when no item has both.</param>
/// <param name="MedianDays">The middle duration in days (the mean of the two middle ones for an even count); null when no item has both.</param>
public sealed record DurationSummary(long Count, decimal? MeanDays, decimal? MedianDays);
