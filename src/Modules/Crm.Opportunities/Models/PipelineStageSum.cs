namespace Crm.Opportunities.Models;

/// <summary>Someone's open opportunities in one stage and currency: how many, their amount and their weighted amount.</summary>
public sealed record PipelineStageSum(string Stage, string Label, string Currency, long Opportunities, decimal Amount, decimal Weighted);
