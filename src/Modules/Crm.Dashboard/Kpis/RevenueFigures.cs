using System.Globalization;
using Crm.Core.Content.Queries;
using Crm.Opportunities;
using Crm.Opportunities.Models;

namespace Crm.Dashboard.Kpis;

/// <summary>
/// Sums over the Revenue rows (one per order and month, kept by Crm.Opportunities): each is one GROUP BY over the indexed
/// Month expression, by month and/or the amount's currency, so a million customers' rows never leave the database.
/// </summary>
public sealed class RevenueFigures(ContentAggregates aggregates)
{
    /// <summary>Revenue per month and currency in the period's months; months without revenue are absent.</summary>
    public async Task<IReadOnlyList<MonthRevenue>> ByMonthAsync(KpiPeriod period, CancellationToken cancellationToken) =>
        (await GroupAsync(KpiFilters.Months(period.FirstMonth, period.End), [$"{OpportunityModel.Month}:month"], null, cancellationToken))
            .Select(g => new MonthRevenue(DateOnly.ParseExact(g.Keys[0] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), g.Keys[1]!, Money.Round(g.Sum, g.Keys[1]!)))
            .ToList();

    /// <summary>Revenue per currency over rows matching <paramref name="filter"/>, with how many customers it came from.</summary>
    public async Task<IReadOnlyList<(Money Amount, long Customers)>> PerCurrencyAsync(FilterNode filter, CancellationToken cancellationToken) =>
        (await GroupAsync(filter, [], OpportunityModel.Customer, cancellationToken))
            .Select(g => (new Money(Money.Round(g.Sum, g.Keys[0]!), g.Keys[0]!), g.Distinct))
            .ToList();

    /// <summary>How many different customers have revenue rows matching <paramref name="filter"/> (whatever the currency).</summary>
    public async Task<long> CustomersAsync(FilterNode filter, CancellationToken cancellationToken)
    {
        var groups = await TryAsync(() => aggregates.GroupByAsync(OpportunityModel.Revenue, filter, [], null, OpportunityModel.Customer, cancellationToken));
        return groups.Count == 0 ? 0 : groups[0].Distinct;
    }

    /// <summary>Grouped by <paramref name="keys"/> and the amount's currency (last key); rows without a currency are left out.</summary>
    private async Task<IReadOnlyList<AggregateGroup>> GroupAsync(FilterNode filter, IReadOnlyList<string> keys, string? countDistinct, CancellationToken cancellationToken) =>
        (await TryAsync(() => aggregates.GroupByAsync(OpportunityModel.Revenue, filter, [.. keys, $"{OpportunityModel.Amount}:currency"],
            OpportunityModel.Amount, countDistinct, cancellationToken)))
            .Where(g => g.Keys.All(k => k is not null))
            .ToList();

    /// <summary>An admin may remove a field these figures need: then there is nothing to show, not an error page.</summary>
    internal static async Task<IReadOnlyList<AggregateGroup>> TryAsync(Func<Task<IReadOnlyList<AggregateGroup>>> query)
    {
        try
        {
            return await query();
        }
        catch (FilterException)
        {
            return [];
        }
    }
}
