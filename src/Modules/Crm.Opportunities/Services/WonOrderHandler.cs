using Crm.Core.Settings;
using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Opportunities.Services;

/// <summary>
/// An opportunity that becomes Won — on its form, the kanban board, an import, the API or a workflow — gets its order in
/// the same transaction: the customer, amount, billing type and term of the deal, dated today, owned by the
/// opportunity's owner. An opportunity reopened and won again keeps the order it has.
/// </summary>
public sealed class WonOrderHandler(FeatureManager features, ContentManager content, ContentQuery query, TenantCalendar calendar) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != OpportunityModel.Opportunity || change.Kind is not (ContentEventKind.Created or ContentEventKind.Updated)) return;
        if (change.Item.Text(OpportunityModel.Stage) != OpportunityModel.Won || change.Before?.Text(OpportunityModel.Stage) == OpportunityModel.Won) return;
        if (!await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;

        var deal = change.Item;
        var existing = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = OpportunityModel.SalesOrder, Filter = FilterText.Parse($"{OpportunityModel.Opportunity}:eq:{deal.Id}"), First = 1, Count = CountMode.None,
        }, cancellationToken);
        if (existing.Items.Count > 0) return;

        var today = await calendar.TodayAsync(cancellationToken);
        await content.CreateAsync(OpportunityModel.SalesOrder, new JsonObject
        {
            [OpportunityModel.Customer] = deal.Text(OpportunityModel.Customer),
            [OpportunityModel.Opportunity] = deal.Id,
            [OpportunityModel.OrderDate] = today.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture),
            [OpportunityModel.Amount] = ItemValues.Of(deal, OpportunityModel.Amount)?.DeepClone(),
            [OpportunityModel.BillingType] = deal.Text(OpportunityModel.BillingType),
            [OpportunityModel.TermMonths] = ItemValues.Of(deal, OpportunityModel.TermMonths)?.DeepClone(),
            [OpportunityModel.Status] = OpportunityModel.OrderOpen,
        }, owner: deal.Owner, cancellationToken: cancellationToken);
    }
}
