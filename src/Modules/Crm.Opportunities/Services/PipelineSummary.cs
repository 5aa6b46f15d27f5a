using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>A user's open pipeline per stage (the dashboard's "My pipeline"): one GROUP BY over their open opportunities, stages in the pipeline's order.</summary>
public sealed class PipelineSummary(ContentAggregates aggregates, ContentDefinitionManager definitions, PipelineSettingsStore pipeline)
{
    public async Task<IReadOnlyList<PipelineStageSum>> ForOwnerAsync(string ownerId, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(OpportunityModel.Opportunity) is not { } type || defs.FindField(type, OpportunityModel.Stage) is not { } stageField) return [];
        var filter = new FilterAnd(
        [
            new FilterComparison("Owner", FilterOperator.Eq, JsonValue.Create(ownerId), "$.Filter.field", "$.Filter.value"),
            FilterText.Parse($"not({OpportunityModel.Stage}:in:{OpportunityModel.Won}|{OpportunityModel.Lost})"),
        ]);
        IReadOnlyList<AggregateGroup> groups;
        try
        {
            groups = await aggregates.GroupByAsync(OpportunityModel.Opportunity, filter, [OpportunityModel.Stage, $"{OpportunityModel.Amount}:currency"],
                OpportunityModel.Amount, cancellationToken);
        }
        catch (FilterException)
        {
            return []; // an admin removed a field the summary needs
        }
        var probabilities = await pipeline.GetAsync(cancellationToken);
        var options = stageField.Field.Settings.Options;
        var position = options.Select((option, i) => (option.Value, i)).ToDictionary(p => p.Value, p => p.i);
        // Deals without an amount have no currency: they count in the stage's row of the field's own currency.
        var fieldCurrency = defs.FindField(type, OpportunityModel.Amount)?.Field.Settings.Currency ?? "";
        return groups
            .Where(g => g.Keys[0] is not null)
            .GroupBy(g => (Stage: g.Keys[0]!, Currency: g.Keys[1] ?? fieldCurrency))
            .Select(g =>
            {
                var (stage, currency) = g.Key;
                var amount = g.Sum(x => x.Sum);
                return new PipelineStageSum(stage, options.FirstOrDefault(o => o.Value == stage)?.Label ?? stage, currency, g.Sum(x => x.Count),
                    Money.Round(amount, currency), Money.Round(amount * (probabilities.PercentOf(stage) ?? 0) / 100m, currency));
            })
            .OrderBy(s => position.GetValueOrDefault(s.Stage, int.MaxValue))
            .ThenBy(s => s.Currency, StringComparer.Ordinal)
            .ToList();
    }
}
