using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Customers.Services;

/// <summary>
/// Writes a StageChange (from, to, forward or backward, reason; who and when are its owner and creation time) in the
/// same transaction whenever a customer's stage changes — by the stage action, a form, an import update, the API or a
/// workflow — so the history is complete whatever moved it.
/// </summary>
public sealed class StageHistoryHandler(FeatureManager features, ContentManager content, StageMoveReason reason) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Kind != ContentEventKind.Updated || change.Item.ContentType != CustomerModel.Customer) return;
        if (!change.ChangedFields.Any(f => f.Field.Name == CustomerModel.Stage)) return;
        if (!await features.IsEnabledAsync(CustomersFeature.Id, cancellationToken)) return;

        var from = change.Before?.Text(CustomerModel.Stage);
        var to = change.Item.Text(CustomerModel.Stage);
        if (to is null) return;
        await content.CreateAsync(CustomerModel.StageChange, new JsonObject
        {
            ["Customer"] = change.Item.Id,
            ["FromStage"] = from,
            ["ToStage"] = to,
            ["Direction"] = StageDirection.Of(from, to),
            ["Reason"] = reason.Text,
        }, cancellationToken: cancellationToken);
    }
}
