using Crm.Core.Modules;
using Crm.Core.Scheduling;

namespace Crm.Campaigns.Services;

/// <summary>
/// Works out the stale customers of the kept attributed revenue (<see cref="CampaignRevenueLedger"/>) in the background,
/// <see cref="BatchesPerRun"/> batches per run, after checking the basis they were worked out on. Turning the feature back
/// on after it was off marks every customer stale: changes made meanwhile were not followed.
/// </summary>
public sealed class CampaignRevenueRefresh(FeatureManager features, CampaignRevenueLedger ledger, CampaignDirectory directory, TimeProvider clock)
    : IDueWorkProcessor, IFeatureEventHandler
{
    private const int BatchesPerRun = 20;

    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(CampaignModel.FeatureId, cancellationToken)) return null;
        await ledger.FollowBasisAsync(cancellationToken); // a new time zone or field set marks everyone stale without waiting for a report
        var campaigns = (await directory.AllAsync(cancellationToken)).ToDictionary(c => c.Id);
        for (var batch = 0; batch < BatchesPerRun; batch++)
        {
            if (await ledger.RefreshAsync(CampaignRevenueLedger.Batch, campaigns, cancellationToken) < CampaignRevenueLedger.Batch) return null;
        }
        return clock.GetUtcNow(); // more stale customers than one run works out
    }

    public Task EnabledAsync(FeatureInfo feature, bool firstTime, CancellationToken cancellationToken) =>
        // The first time, the feature's migration marked the customers the tenant already had.
        feature.Id == CampaignModel.FeatureId && !firstTime ? ledger.MarkAllAsync(cancellationToken) : Task.CompletedTask;
}
