using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Opportunities.Services;

/// <summary>Gives a new quote its number (Q-2026-000001) and a new order its own (O-2026-000001); the Number fields are read-only.</summary>
public sealed class DocumentNumberPreparer(FeatureManager features, DocumentNumbers numbers) : IContentPreparer
{
    public const string QuotePrefix = "Q";
    public const string OrderPrefix = "O";

    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        var prefix = item.Type.Name switch
        {
            OpportunityModel.Quote => QuotePrefix,
            OpportunityModel.SalesOrder => OrderPrefix,
            _ => null,
        };
        if (prefix is null || !item.IsCreate || !item.HasField(OpportunityModel.Number) || item.Text(OpportunityModel.Number) is not null) return;
        if (!await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;
        item.Set(OpportunityModel.Number, await numbers.NextAsync(prefix, cancellationToken));
    }
}
