using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Customers;

namespace Crm.SalesActivities.Services;

/// <summary>
/// Keeps each customer's <c>LastActivityAt</c> equal to the latest completed activity with it, in the activity's own
/// transaction: logging, completing, re-dating, moving to another customer, deleting or restoring an activity all count.
/// The customer's preparer then moves its next-contact date.
/// </summary>
public sealed class LastActivityHandler(FeatureManager features, ContentManager content, ContentQuery query, ContentDefinitionManager definitions) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != ActivityModel.Activity) return;
        if (!ActivityValues.IsDone(change.Item) && !ActivityValues.IsDone(change.Before)) return;
        if (!await features.IsEnabledAsync(ActivityModel.FeatureId, cancellationToken)) return;

        var customers = new[] { change.Item.Text(ActivityModel.Customer), change.Before?.Text(ActivityModel.Customer) }
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var customerId in customers) await RefreshAsync(customerId, cancellationToken);
    }

    private async Task RefreshAsync(string customerId, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(customerId, cancellationToken: cancellationToken) is not { ContentType: CustomerModel.Customer } customer) return;
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindField(defs.FindType(CustomerModel.Customer)!, CustomerModel.LastActivityAt) is null) return; // an admin removed the field: nothing to keep
        var latest = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = ActivityModel.Activity,
            Filter = FilterText.Parse($"{ActivityModel.Customer}:eq:{customer.Id},{ActivityModel.Status}:eq:{ActivityModel.Done}"),
            OrderBy = [$"{ActivityModel.DoneAt} desc"],
            First = 1,
            Count = CountMode.None,
        }, cancellationToken);
        var last = latest.Items.FirstOrDefault()?.Text(ActivityModel.DoneAt);
        if (customer.Text(CustomerModel.LastActivityAt) == last) return;
        await content.UpdateAsync(customer.Id, new JsonObject { [CustomerModel.LastActivityAt] = last }, customer.Version, cancellationToken);
    }
}
