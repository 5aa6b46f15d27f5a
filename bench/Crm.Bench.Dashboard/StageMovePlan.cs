namespace Crm.Bench.Dashboard;

/// <summary>A recorded forward move of a customer from one stage to the next (indexes into the stages) at <see cref="At"/> (UTC ticks).</summary>
public readonly record struct StageMovePlan(int Customer, byte From, byte To, long At);
