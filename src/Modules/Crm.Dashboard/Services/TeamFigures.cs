using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Security;
using Crm.Customers;
using Crm.SalesActivities;

namespace Crm.Dashboard.Services;

/// <summary>The team's figures for the dashboard and the API, each one GROUP BY over indexed content (ContentAggregates).</summary>
public sealed class TeamFigures(ContentAggregates aggregates, ContentDefinitionManager definitions, IUserDirectory users)
{
    /// <summary>Completed activities per owner over the last <paramref name="days"/> days, busiest first.</summary>
    public async Task<IReadOnlyList<RepActivity>> ActivitiesPerRepAsync(int days, CancellationToken cancellationToken)
    {
        if (!await HasTypeAsync(ActivityModel.Activity, cancellationToken)) return [];
        var rows = await aggregates.GroupAsync(ActivityModel.Activity,
            FilterText.Parse($"{ActivityModel.Status}:eq:{ActivityModel.Done},{ActivityModel.DoneAt}:gte:now-{days}d"), "Owner", cancellationToken: cancellationToken);
        var names = await users.NamesAsync(rows.Select(r => r.Key).OfType<string>(), cancellationToken);
        return rows.Select(r => new RepActivity(r.Key, r.Key is null ? "" : names.GetValueOrDefault(r.Key) ?? r.Key, r.Count))
            .OrderByDescending(r => r.Done).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Customers per stage now, and the forward moves into each stage over the last <paramref name="days"/> days.</summary>
    public async Task<IReadOnlyList<FunnelStage>> StageFunnelAsync(int days, CancellationToken cancellationToken)
    {
        if (!await HasTypeAsync(CustomerModel.Customer, cancellationToken)) return [];
        var current = (await aggregates.GroupAsync(CustomerModel.Customer, null, CustomerModel.Stage, cancellationToken: cancellationToken))
            .Where(r => r.Key is not null).ToDictionary(r => r.Key!, r => r.Count);
        var entered = await HasTypeAsync(CustomerModel.StageChange, cancellationToken)
            ? (await aggregates.GroupAsync(CustomerModel.StageChange, FilterText.Parse($"Direction:eq:Forward,CreatedUtc:gte:now-{days}d"), "ToStage", cancellationToken: cancellationToken))
                .Where(r => r.Key is not null).ToDictionary(r => r.Key!, r => r.Count)
            : [];
        var stages = new List<FunnelStage>();
        for (var i = 0; i < CustomerModel.Stages.Count; i++)
        {
            var stage = CustomerModel.Stages[i];
            var into = entered.GetValueOrDefault(stage);
            decimal? rate = null;
            if (i > 0)
            {
                var pool = into + current.GetValueOrDefault(CustomerModel.Stages[i - 1]);
                rate = pool == 0 ? null : Math.Round((decimal)into / pool, 4);
            }
            stages.Add(new FunnelStage(stage, current.GetValueOrDefault(stage), into, rate));
        }
        return stages;
    }

    private async Task<bool> HasTypeAsync(string type, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(type) is not null;
}
