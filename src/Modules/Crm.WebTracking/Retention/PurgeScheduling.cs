using Crm.Core.Modules;
using Crm.Core.Scheduling;

namespace Crm.WebTracking.Retention;

/// <summary>Enabling web tracking wakes the tenant for its first purge; each purge then names the next day's.</summary>
public sealed class PurgeScheduling(DueWork due, TimeProvider clock) : IFeatureEventHandler
{
    public async Task EnabledAsync(FeatureInfo feature, bool firstTime, CancellationToken cancellationToken)
    {
        if (feature.Id == WebTrackingModel.FeatureId) await due.ScheduleAsync(clock.GetUtcNow(), cancellationToken);
    }
}
