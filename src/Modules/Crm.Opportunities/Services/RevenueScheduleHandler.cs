using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// Keeps an order's revenue rows (<see cref="RevenueSchedule"/>) in its own transaction: made with the order, made anew
/// when its date, amount, billing, term, status or customer change, deleted with it and made again when it is restored.
/// Each row carries the order's date (when the tenant's Revenue type has the field), so reports that judge orders by their
/// date (campaign attribution windows) read the rows alone.
/// </summary>
public sealed class RevenueScheduleHandler(FeatureManager features, ContentManager content, ContentQuery query, ContentDefinitionManager definitions) : IContentHandler
{
    private static readonly string[] ScheduleFields =
        [OpportunityModel.OrderDate, OpportunityModel.Amount, OpportunityModel.BillingType, OpportunityModel.TermMonths, OpportunityModel.Status, OpportunityModel.Customer];

    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != OpportunityModel.SalesOrder) return;
        if (change.Kind == ContentEventKind.Updated && !change.ChangedFields.Any(f => ScheduleFields.Contains(f.Field.Name))) return;
        if (change.Kind == ContentEventKind.Merged || !await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;

        var order = change.Item;
        var wanted = change.Kind == ContentEventKind.Deleted || !DateOnly.TryParseExact(order.Text(OpportunityModel.OrderDate), DateFieldKind.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? []
            : RevenueSchedule.For(date, ItemValues.Money(order, OpportunityModel.Amount), order.Text(OpportunityModel.BillingType),
                ItemValues.Number(order, OpportunityModel.TermMonths), order.Text(OpportunityModel.Status));
        var customer = order.Text(OpportunityModel.Customer);
        var orderDate = await HasOrderDateAsync(cancellationToken) ? order.Text(OpportunityModel.OrderDate) : null;
        var existing = await RowsOfAsync(order.Id, cancellationToken);
        if (existing.Count == wanted.Count && existing.Zip(wanted).All(pair => Same(pair.First, pair.Second, customer, orderDate))) return;

        foreach (var row in existing) await content.DeleteAsync(row.Id, row.Version, cancellationToken);
        foreach (var row in wanted)
        {
            var values = new JsonObject
            {
                [OpportunityModel.Customer] = customer,
                [OpportunityModel.SalesOrder] = order.Id,
                [OpportunityModel.Month] = row.Month.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture),
                [OpportunityModel.Amount] = row.Amount.ToJson(),
            };
            if (orderDate is not null) values[OpportunityModel.OrderDate] = orderDate;
            await content.CreateAsync(OpportunityModel.Revenue, values, owner: order.Owner, cancellationToken: cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ContentItem>> RowsOfAsync(string orderId, CancellationToken cancellationToken) =>
        (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = OpportunityModel.Revenue, Filter = FilterText.Parse($"{OpportunityModel.SalesOrder}:eq:{orderId}"),
            OrderBy = [OpportunityModel.Month, "Id"], First = ContentQueryRequest.MaxPageSize, Count = CountMode.None,
        }, cancellationToken)).Items;

    /// <summary>Tenants made before rows carried the order date have a Revenue type without the field: their rows go without it.</summary>
    private async Task<bool> HasOrderDateAsync(CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)) is var defs && defs.FindType(OpportunityModel.Revenue) is { } type && defs.FindField(type, OpportunityModel.OrderDate) is not null;

    private static bool Same(ContentItem stored, RevenueRow row, string? customer, string? orderDate) =>
        stored.Text(OpportunityModel.Month) == row.Month.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture)
        && ItemValues.Money(stored, OpportunityModel.Amount) == row.Amount
        && stored.Text(OpportunityModel.Customer) == customer
        && stored.Text(OpportunityModel.OrderDate) == orderDate;
}
