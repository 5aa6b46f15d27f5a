using Crm.Core.Modules;
using Crm.Opportunities.Models;

namespace Crm.Dashboard.Kpis;

/// <summary>The acquisition spend of a period from the cost sources whose feature the tenant has enabled.</summary>
public sealed class AcquisitionCosts(IEnumerable<IAcquisitionCostSource> sources, FeatureManager features)
{
    public async Task<AcquisitionCost> ForAsync(DateTimeOffset start, DateTimeOffset end, long newCustomers, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var active = sources.Where(s => enabled.Contains(s.Feature)).ToList();
        if (active.Count == 0) return new AcquisitionCost(false, [], []);
        var spend = new List<Money>();
        foreach (var source in active) spend.AddRange(await source.CostsAsync(start, end, cancellationToken));
        var totals = spend.GroupBy(m => m.Currency, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Money(Money.Round(g.Sum(m => m.Amount), g.Key), g.Key)).OrderBy(m => m.Currency, StringComparer.Ordinal).ToList();
        var perCustomer = newCustomers == 0 ? [] : totals.Select(m => new Money(Money.Round(m.Amount / newCustomers, m.Currency), m.Currency)).ToList();
        return new AcquisitionCost(true, totals, perCustomer);
    }
}
