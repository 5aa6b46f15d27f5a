using System.Globalization;
using Crm.Campaigns.Models;
using Crm.Core.Content.Queries;
using Crm.Opportunities.Models;

namespace Crm.Campaigns.Services;

/// <summary>
/// The campaigns' actual costs: their cost lines summed per campaign, month, keyword and currency in one GROUP BY over the
/// indexed Month (clicks and impressions in two more), so the lines never leave the database.
/// </summary>
public sealed class CostLedger(ContentAggregates aggregates)
{
    /// <param name="first">The first day of the first month.</param>
    /// <param name="end">The first day after the last month.</param>
    /// <param name="campaign">One campaign's lines only; null: every campaign's.</param>
    public async Task<IReadOnlyList<CostRow>> LinesAsync(DateOnly first, DateOnly end, string? campaign, CancellationToken cancellationToken)
    {
        var filter = CampaignFilters.All(CampaignFilters.Days(CampaignModel.Month, first, end),
            campaign is null ? null : CampaignFilters.Is(CampaignModel.CostCampaign, FilterOperator.Eq, campaign));
        string[] keys = [CampaignModel.CostCampaign, $"{CampaignModel.Month}:month", CampaignModel.Keyword];
        var amounts = await TryAsync(() => aggregates.GroupByAsync(CampaignModel.CampaignCost, filter, [.. keys, $"{CampaignModel.Amount}:currency"], CampaignModel.Amount, cancellationToken));
        var clicks = Counts(await TryAsync(() => aggregates.GroupByAsync(CampaignModel.CampaignCost, CampaignFilters.All(filter, CampaignFilters.Set(CampaignModel.Clicks)), keys, CampaignModel.Clicks, cancellationToken)));
        var impressions = Counts(await TryAsync(() => aggregates.GroupByAsync(CampaignModel.CampaignCost, CampaignFilters.All(filter, CampaignFilters.Set(CampaignModel.Impressions)), keys, CampaignModel.Impressions, cancellationToken)));
        return amounts
            .Where(g => g.Keys[0] is not null && g.Keys[1] is not null && g.Keys[3] is not null)
            .Select(g =>
            {
                var key = (g.Keys[0]!, g.Keys[1]!, g.Keys[2]);
                return new CostRow(g.Keys[0]!, MonthOf(g.Keys[1]!), g.Keys[2], g.Keys[3]!, Money.Round(g.Sum, g.Keys[3]!),
                    clicks.TryGetValue(key, out var c) ? c : null, impressions.TryGetValue(key, out var i) ? i : null);
            })
            .ToList();
    }

    /// <summary>The spend of the months from <paramref name="first"/> up to <paramref name="end"/> over every campaign, per currency.</summary>
    public async Task<IReadOnlyList<Money>> SpendAsync(DateOnly first, DateOnly end, CancellationToken cancellationToken) =>
        (await TryAsync(() => aggregates.GroupByAsync(CampaignModel.CampaignCost, CampaignFilters.Days(CampaignModel.Month, first, end),
            [$"{CampaignModel.Amount}:currency"], CampaignModel.Amount, cancellationToken)))
        .Where(g => g.Keys[0] is not null)
        .Select(g => new Money(Money.Round(g.Sum, g.Keys[0]!), g.Keys[0]!))
        .ToList();

    public static DateOnly MonthOf(string yearMonth) => DateOnly.ParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<(string, string, string?), long> Counts(IReadOnlyList<AggregateGroup> groups) =>
        groups.Where(g => g.Keys[0] is not null && g.Keys[1] is not null).ToDictionary(g => (g.Keys[0]!, g.Keys[1]!, g.Keys[2]), g => (long)g.Sum);

    /// <summary>An admin may remove a field the figures need: then there is nothing to show, not an error page.</summary>
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
