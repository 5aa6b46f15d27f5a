using Crm.Campaigns.Models;

namespace Crm.Campaigns.Services;

/// <summary>Sums for one row of an ROI table while it is being built: cost and revenue per currency, buyers, leads, clicks.</summary>
internal sealed class RoiTally
{
    private readonly SortedDictionary<string, (decimal Cost, decimal Revenue)> _money = new(StringComparer.Ordinal);
    private readonly HashSet<string> _buyers = [];
    private long _leads;
    private long? _clicks;
    private long? _impressions;

    public void Add(CostRow cost)
    {
        var (c, r) = _money.GetValueOrDefault(cost.Currency);
        _money[cost.Currency] = (c + cost.Amount, r);
        if (cost.Clicks is { } clicks) _clicks = (_clicks ?? 0) + clicks;
        if (cost.Impressions is { } impressions) _impressions = (_impressions ?? 0) + impressions;
    }

    public void Add(AttributedRow revenue)
    {
        var (c, r) = _money.GetValueOrDefault(revenue.Currency);
        _money[revenue.Currency] = (c, r + revenue.Amount);
        _buyers.Add(revenue.Customer);
    }

    public void AddLeads(long leads) => _leads += leads;

    public RoiLine Line(string key, string label) =>
        new(key, label, _leads, _buyers.Count, _money.Select(m => new RoiFigure(m.Key, m.Value.Cost, m.Value.Revenue)).ToList(), _clicks, _impressions);
}

/// <summary>Tallies by a key (campaign, channel, month, keyword), made on first use.</summary>
internal sealed class RoiTallies<TKey>(IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly Dictionary<TKey, RoiTally> _tallies = new(comparer);

    public RoiTally this[TKey key] => _tallies.TryGetValue(key, out var tally) ? tally : _tallies[key] = new RoiTally();

    public bool Has(TKey key) => _tallies.ContainsKey(key);

    public IEnumerable<TKey> Keys => _tallies.Keys;
}
