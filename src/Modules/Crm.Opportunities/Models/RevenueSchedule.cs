namespace Crm.Opportunities.Models;

/// <summary>
/// The revenue rows an order makes, by its billing type: monthly billing spreads the amount over the term (one row per
/// month from the order's month, equal parts cut to the currency's unit and the remainder in the last month, so the rows
/// add up to the amount exactly); one-off and prepaid deals are one row in the order's month; postpaid is one row in the
/// term's last month, when it is billed. A cancelled order makes none.
/// </summary>
public static class RevenueSchedule
{
    public static IReadOnlyList<RevenueRow> For(DateOnly orderDate, Money? amount, string? billingType, decimal? termMonths, string? status)
    {
        if (amount is null || status == OpportunityModel.OrderCancelled) return [];
        var first = new DateOnly(orderDate.Year, orderDate.Month, 1);
        var term = Math.Max(1, (int)(termMonths ?? 1));
        switch (billingType)
        {
            case BillingTypes.Monthly:
                var part = Money.Truncate(amount.Amount / term, amount.Currency);
                return Enumerable.Range(0, term)
                    .Select(i => new RevenueRow(first.AddMonths(i), new Money(i < term - 1 ? part : amount.Amount - part * (term - 1), amount.Currency)))
                    .ToList();
            case BillingTypes.Postpaid:
                return [new RevenueRow(first.AddMonths(term - 1), amount)];
            default:
                return [new RevenueRow(first, amount)];
        }
    }
}
