using Crm.Core.Content.Queries;
using Crm.Customers;
using Crm.Opportunities;
using Crm.Opportunities.Models;

namespace Crm.Dashboard.Kpis;

/// <summary>
/// The brief's KPIs over a period (<see cref="SalesKpiReport"/> says what each one is). Every figure is a set-based
/// statement through <see cref="ContentAggregates"/> over indexed expressions — revenue by Month, opportunities by Stage and
/// ClosedAt, customers by FirstPurchaseAt — counting distinct customers and ranking durations in the database.
/// </summary>
public sealed class SalesKpis(ContentAggregates aggregates, RevenueFigures revenue, KpiCalendar calendar, AcquisitionCosts acquisition)
{
    public const string DealType = "DealType";
    public static readonly IReadOnlyList<string> ExpansionDealTypes = ["UpSell", "CrossSell"];

    public async Task<SalesKpiReport> ForAsync(KpiPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = await calendar.InstantsAsync(period, cancellationToken);
        var inPeriod = KpiFilters.Months(period.FirstMonth, period.End);

        var retention = await RetentionAsync(period, cancellationToken);
        var won = KpiFilters.All(KpiFilters.Equal(OpportunityModel.Stage, OpportunityModel.Won), KpiFilters.Between(OpportunityModel.ClosedAt, start, end));
        var dealTypes = await RevenueFigures.TryAsync(() => aggregates.GroupByAsync(OpportunityModel.Opportunity, won, [DealType], cancellationToken: cancellationToken));
        var upSell = new Ratio(dealTypes.Where(g => ExpansionDealTypes.Contains(g.Keys[0])).Sum(g => g.Count), dealTypes.Sum(g => g.Count));
        var cycle = await CycleAsync(won, cancellationToken);

        var newCustomers = (await RevenueFigures.TryAsync(() => aggregates.GroupByAsync(CustomerModel.Customer,
            KpiFilters.Between(CustomerModel.FirstPurchaseAt, start, end), [], cancellationToken: cancellationToken))).Sum(g => g.Count);
        var fromNewCustomers = KpiFilters.All(inPeriod, KpiFilters.Between($"{OpportunityModel.Customer}.{CustomerModel.FirstPurchaseAt}", start, end));

        return new SalesKpiReport(period, retention, cycle, upSell,
            Amounts(await revenue.PerCurrencyAsync(inPeriod, cancellationToken)),
            Amounts(await revenue.PerCurrencyAsync(fromNewCustomers, cancellationToken)),
            newCustomers,
            await acquisition.ForAsync(start, end, newCustomers, cancellationToken),
            (await revenue.PerCurrencyAsync(KpiFilters.Months(null, period.End), cancellationToken))
                .Where(r => r.Customers > 0).Select(r => new Money(Money.Round(r.Amount.Amount / r.Customers, r.Amount.Currency), r.Amount.Currency)).ToList());
    }

    /// <summary>
    /// Customers with revenue in both periods = those of the previous one + those of this one − those of either
    /// (three distinct counts, so no customer list is read).
    /// </summary>
    private async Task<Ratio> RetentionAsync(KpiPeriod period, CancellationToken cancellationToken)
    {
        var before = await revenue.CustomersAsync(KpiFilters.Months(period.Previous.FirstMonth, period.FirstMonth), cancellationToken);
        if (before == 0) return new Ratio(0, 0);
        var now = await revenue.CustomersAsync(KpiFilters.Months(period.FirstMonth, period.End), cancellationToken);
        var either = await revenue.CustomersAsync(KpiFilters.Months(period.Previous.FirstMonth, period.End), cancellationToken);
        return new Ratio(before + now - either, before);
    }

    private async Task<DurationSummary> CycleAsync(FilterNode won, CancellationToken cancellationToken)
    {
        try
        {
            return await aggregates.DurationAsync(OpportunityModel.Opportunity, won, "CreatedUtc", OpportunityModel.ClosedAt, cancellationToken);
        }
        catch (FilterException)
        {
            return new DurationSummary(0, null, null);
        }
    }

    private static IReadOnlyList<Money> Amounts(IEnumerable<(Money Amount, long Customers)> rows) => rows.Select(r => r.Amount).ToList();
}
