using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>Keeps a quote's VAT and total in step with its subtotal (which its lines keep).</summary>
public sealed class QuoteTotalsPreparer(FeatureManager features) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != OpportunityModel.Quote || !item.Changed(OpportunityModel.Subtotal)) return;
        if (!await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;
        var subtotal = Money.From(item.Value(OpportunityModel.Subtotal));
        item.SetIfField(OpportunityModel.Vat, subtotal is null ? null : QuoteTotals.VatOf(subtotal).ToJson());
        item.SetIfField(OpportunityModel.Total, subtotal is null ? null : QuoteTotals.TotalOf(subtotal).ToJson());
    }
}
