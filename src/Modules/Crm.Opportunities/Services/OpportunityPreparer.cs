using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// Keeps an opportunity's derived fields on every create, edit, kanban move, import and API call: the amount is the sum
/// of its lines when it has lines; the probability comes from its stage's pipeline setting, and the weighted amount is
/// amount × probability; closing (Won or Lost) stamps <c>ClosedAt</c>, reopening clears it. It also refuses what a deal
/// cannot be: lost without a reason, won without an amount, billed by term without a term.
/// </summary>
public sealed class OpportunityPreparer(FeatureManager features, PipelineSettingsStore pipeline, LineSums lines, TimeProvider clock) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != OpportunityModel.Opportunity || !await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;
        var stage = item.Text(OpportunityModel.Stage);

        var amount = Money.From(item.Value(OpportunityModel.Amount));
        if (item.Before is { } before && item.Changed(OpportunityModel.Amount)
            && await lines.OfAsync(LineRollup.OpportunityLines, before.Id, null, cancellationToken) is { Lines: > 0, Total: { } sum })
        {
            amount = sum;
            item.Set(OpportunityModel.Amount, sum.ToJson());
        }

        var percent = (await pipeline.GetAsync(cancellationToken)).PercentOf(stage);
        item.SetIfField(OpportunityModel.Probability, percent);
        item.SetIfField(OpportunityModel.WeightedAmount, percent is { } p && amount is not null ? amount.Times(p / 100m).ToJson() : null);

        if (item.Changed(OpportunityModel.Stage))
        {
            var reopened = !OpportunityModel.IsClosed(stage);
            var closedNow = OpportunityModel.IsClosed(stage) && item.Before?.Text(OpportunityModel.Stage) != stage;
            if (reopened) item.SetIfField(OpportunityModel.ClosedAt, null);
            else if (closedNow) item.SetIfField(OpportunityModel.ClosedAt, DateTimeFieldKind.Canonical(clock.GetUtcNow()));
        }
        Refusals(item, stage, amount);
    }

    private static void Refusals(ContentPreparing item, string? stage, Money? amount)
    {
        if (stage == OpportunityModel.Lost && (item.Changed(OpportunityModel.Stage) || item.Changed(OpportunityModel.LostReason))
            && item.HasField(OpportunityModel.LostReason) && item.Text(OpportunityModel.LostReason) is null)
        {
            item.Refuse(OpportunityModel.LostReason, new FieldProblem(FieldMessages.Required));
        }
        if (stage == OpportunityModel.Won && (item.Changed(OpportunityModel.Stage) || item.Changed(OpportunityModel.Amount)) && amount is null)
        {
            item.Refuse(OpportunityModel.Amount, new FieldProblem(FieldMessages.Required));
        }
        if (BillingTypes.HasTerm(item.Text(OpportunityModel.BillingType))
            && (item.Changed(OpportunityModel.BillingType) || item.Changed(OpportunityModel.TermMonths) || item.Changed(OpportunityModel.Stage))
            && item.HasField(OpportunityModel.TermMonths) && item.Value(OpportunityModel.TermMonths) is null)
        {
            item.Refuse(OpportunityModel.TermMonths, new FieldProblem(FieldMessages.Required));
        }
    }
}
