using System.Globalization;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Customers;
using Crm.Opportunities;
using Crm.Opportunities.Models;
using Crm.Opportunities.Services;
using Dapper;

namespace Crm.Grades.Rfm;

/// <summary>
/// Fills grade_rfm in one set-based statement from the orders that count — live SalesOrders of a live customer that are
/// not cancelled, as for <see cref="CustomerPurchaseHandler"/>'s FirstPurchaseAt, LastPurchaseAt and LifetimeRevenue:
/// per customer the latest order date, the number of orders and their sum in the tenant's currency (orders in another
/// currency count as orders but are not converted), and over the last 12 months (order date on or after the same day 12
/// months ago in the tenant's time zone) the number of orders and the sum and count for the average basket.
/// <para>
/// Scores are quintiles of the tenant's buying customers, 1 (lowest fifth) to 5: 1 + 5 × (rank − 1) ÷ customers, with
/// RANK() so that equal values share a score (NTILE would put two customers with the same single order into different
/// fifths). Recency ranks the latest order date (most recent = 5), frequency the number of orders, monetary the sum.
/// </para>
/// </summary>
public sealed class RfmCalculator(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds)
{
    public static readonly TimeSpan ComputeTimeout = TimeSpan.FromMinutes(15);


    /// <summary>Call outside a transaction (see below).</summary>
    /// <returns>The tenant's average basket over the 12 months (sum ÷ orders, rounded to the currency), null without orders; or null when the order type lacks a field.</returns>
    public async Task<(bool Computed, decimal? TenantAverage)> ComputeAsync(DateOnly since, string currency, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        await db.ExecuteAsync("DELETE FROM grade_rfm", null, cancellationToken);
        if (FieldExpressions.For(defs, kinds, db.Dialect, OpportunityModel.SalesOrder) is not { } orders) return (false, null);
        var customer = orders.Field(OpportunityModel.Customer);
        var date = orders.Field(OpportunityModel.OrderDate);
        var amount = orders.Field(OpportunityModel.Amount);
        var orderCurrency = orders.Currency(OpportunityModel.Amount);
        var status = orders.Field(OpportunityModel.Status);
        if (customer is null || date is null || amount is null || orderCurrency is null) return (false, null);
        var counts = status is null ? "" : $" AND ({status} IS NULL OR {status} <> @cancelled)";

        // One statement over every order of the tenant: at a million customers it outlasts the usual 30-second command
        // timeout on a busy machine, so it runs on the connection with a long one (outside a transaction: the sweep's
        // phase only moves on once it has finished, so an interrupted run computes again).
        var connection = await db.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO grade_rfm (customer_id, recency, frequency, monetary, purchases_12m, amount_12m, basket_orders)
            SELECT customer_id,
                   1 + (5 * (RANK() OVER (ORDER BY last_order) - 1)) / COUNT(*) OVER (),
                   1 + (5 * (RANK() OVER (ORDER BY orders) - 1)) / COUNT(*) OVER (),
                   1 + (5 * (RANK() OVER (ORDER BY amount) - 1)) / COUNT(*) OVER (),
                   orders_12m, amount_12m, basket_orders
            FROM (SELECT {customer} AS customer_id, MAX({date}) AS last_order, COUNT(*) AS orders,
                         SUM(CASE WHEN {orderCurrency} = @currency THEN {amount} ELSE 0 END) AS amount,
                         SUM(CASE WHEN {date} >= @since THEN 1 ELSE 0 END) AS orders_12m,
                         SUM(CASE WHEN {date} >= @since AND {orderCurrency} = @currency THEN {amount} ELSE 0 END) AS amount_12m,
                         SUM(CASE WHEN {date} >= @since AND {orderCurrency} = @currency THEN 1 ELSE 0 END) AS basket_orders
                  FROM content_items
                  WHERE {orders.LiveItems} AND {date} IS NOT NULL{counts}
                    AND {customer} IN (SELECT c.id FROM content_items c WHERE {ContentExpressions.TypePredicate(CustomerModel.Customer, "c")})
                  GROUP BY {customer}) bought
            """,
            new { cancelled = OpportunityModel.OrderCancelled, currency, since = since.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture) },
            commandTimeout: (int)ComputeTimeout.TotalSeconds, cancellationToken: cancellationToken));

        // The providers return different CLR types for the same sums (long/double on SQLite, numeric on PostgreSQL).
        var totals = (IDictionary<string, object?>)(await db.QueryAsync<dynamic>(
            "SELECT SUM(amount_12m) AS amount, SUM(basket_orders) AS orders FROM grade_rfm", null, cancellationToken))[0];
        var count = Convert.ToInt64(totals["orders"] ?? 0L, CultureInfo.InvariantCulture);
        return (true, count > 0 ? Money.Round(Convert.ToDecimal(totals["amount"], CultureInfo.InvariantCulture) / count, currency) : null);
    }
}
