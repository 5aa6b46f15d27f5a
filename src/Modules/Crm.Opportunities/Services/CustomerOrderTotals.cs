using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// Sums a customer's orders that count (live, not cancelled) in one GROUP BY over the indexed expressions — a customer may
/// have years of monthly orders. Orders in other currencies than the one asked for count as orders but are not converted
/// into the sum.
/// </summary>
public sealed class CustomerOrderTotals(ContentAggregates aggregates)
{
    /// <returns>Null when the order type lacks a field the sum needs (an admin removed it).</returns>
    public async Task<OrderTotals?> ForAsync(string customerId, string currency, CancellationToken cancellationToken)
    {
        var filter = new FilterAnd(
        [
            new FilterComparison(OpportunityModel.Customer, FilterOperator.Eq, JsonValue.Create(customerId), "$.Filter.field", "$.Filter.value"),
            FilterText.Parse($"{OpportunityModel.Status}:ne:{OpportunityModel.OrderCancelled}"),
        ]);
        IReadOnlyList<AggregateGroup> groups;
        try
        {
            // Per order date and currency: the earliest and latest dates are the first and last purchase, the groups in the currency its revenue.
            groups = await aggregates.GroupByAsync(OpportunityModel.SalesOrder, filter,
                [OpportunityModel.OrderDate, $"{OpportunityModel.Amount}:currency"], OpportunityModel.Amount, cancellationToken);
        }
        catch (FilterException)
        {
            return null;
        }
        var dates = groups.Select(g => g.Keys[0]).OfType<string>().ToList();
        return new OrderTotals(
            (int)groups.Sum(g => g.Count),
            Day(dates.Min(StringComparer.Ordinal)),
            Day(dates.Max(StringComparer.Ordinal)),
            // SQLite sums money as REAL: round back to the currency's unit.
            Money.Round(groups.Where(g => g.Keys[1] == currency).Sum(g => g.Sum), currency));
    }

    private static DateOnly? Day(string? text) =>
        text is not null && DateOnly.TryParseExact(text, DateFieldKind.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
