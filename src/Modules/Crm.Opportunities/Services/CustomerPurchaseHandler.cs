using Crm.Core.Settings;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Customers;
using Crm.Customers.Services;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// An order makes its party a customer: in the order's transaction the customer moves to stage Customer (through the
/// content manager, so its stage history records "Order O-…" as the reason) and its <c>FirstPurchaseAt</c>, <c>LastPurchaseAt</c>
/// (midnight of the earliest and latest order dates in the tenant's time zone) and <c>LifetimeRevenue</c> are recomputed from all its orders that count — also when an order is changed, moved to another
/// customer, cancelled, deleted or restored, and when another customer is merged into it (its orders now point here).
/// </summary>
public sealed class CustomerPurchaseHandler(FeatureManager features, ContentManager content, ContentDefinitionManager definitions,
    CustomerOrderTotals totals, TenantCalendar calendar, StageMoveReason reason) : IContentHandler, IContentMergeHandler
{
    private static readonly string[] PurchaseFields = [OpportunityModel.Customer, OpportunityModel.Amount, OpportunityModel.OrderDate, OpportunityModel.Status];

    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != OpportunityModel.SalesOrder || change.Kind == ContentEventKind.Merged) return;
        if (change.Kind == ContentEventKind.Updated && !change.ChangedFields.Any(f => PurchaseFields.Contains(f.Field.Name))) return;
        if (!await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;

        var order = change.Item;
        var buyer = change.Kind != ContentEventKind.Deleted && order.Text(OpportunityModel.Status) != OpportunityModel.OrderCancelled
            ? order.Text(OpportunityModel.Customer)
            : null;
        var customers = new[] { order.Text(OpportunityModel.Customer), change.Before?.Text(OpportunityModel.Customer) }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var customerId in customers)
        {
            await RefreshAsync(customerId, string.Equals(customerId, buyer, StringComparison.OrdinalIgnoreCase) ? order : null, cancellationToken);
        }
    }

    public async Task MergedAsync(ContentItem kept, ContentItem merged, CancellationToken cancellationToken)
    {
        if (kept.ContentType != CustomerModel.Customer || !await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;
        await RefreshAsync(kept.Id, null, cancellationToken);
    }

    /// <param name="purchase">The order that makes this customer a buyer now, or null when it only changes the sums.</param>
    private async Task RefreshAsync(string customerId, ContentItem? purchase, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(customerId, cancellationToken: cancellationToken) is not { ContentType: CustomerModel.Customer } customer) return;
        var defs = await definitions.GetAsync(cancellationToken);
        var type = defs.FindType(CustomerModel.Customer)!;
        var values = new JsonObject();

        var currency = defs.FindField(type, CustomerModel.LifetimeRevenue)?.Field.Settings.Currency;
        if (currency is not null && await totals.ForAsync(customer.Id, currency, cancellationToken) is { } sums)
        {
            await KeepDateAsync(CustomerModel.FirstPurchaseAt, sums.FirstOrderDate);
            await KeepDateAsync(CustomerModel.LastPurchaseAt, sums.LastOrderDate);
            var revenue = sums.Orders == 0 ? null : new Money(sums.Revenue, currency).ToJson();
            if (!JsonNode.DeepEquals(ItemValues.Of(customer, CustomerModel.LifetimeRevenue), revenue)) values[CustomerModel.LifetimeRevenue] = revenue;
        }
        async Task KeepDateAsync(string field, DateOnly? day)
        {
            var start = day is { } date ? DateTimeFieldKind.Canonical(await calendar.StartOfAsync(date, cancellationToken)) : null;
            if (defs.FindField(type, field) is not null && customer.Text(field) != start) values[field] = start;
        }

        var becomesCustomer = purchase is not null && StageMoves.StageOf(customer) != StageCustomer && defs.FindField(type, CustomerModel.Stage) is not null;
        if (becomesCustomer) values[CustomerModel.Stage] = StageCustomer;
        if (values.Count == 0) return;

        var previous = reason.Text;
        if (becomesCustomer) reason.Text = $"Order {purchase!.Text(OpportunityModel.Number) ?? purchase.Id}";
        try
        {
            await content.UpdateAsync(customer.Id, values, customer.Version, cancellationToken);
        }
        finally
        {
            reason.Text = previous;
        }
    }

    /// <summary>The stage of a party that buys (the last of Target → Prospect → Customer).</summary>
    private static string StageCustomer => CustomerModel.Stages[^1];
}
