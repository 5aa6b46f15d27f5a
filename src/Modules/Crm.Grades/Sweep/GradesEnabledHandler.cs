using Crm.Core.Modules;

namespace Crm.Grades.Sweep;

/// <summary>Enabling the feature asks for a first sweep, so the customers get their figures and grades without waiting for the night.</summary>
public sealed class GradesEnabledHandler(GradeSweepStore store, TimeProvider clock) : IFeatureEventHandler
{
    public Task EnabledAsync(FeatureInfo feature, bool firstTime, CancellationToken cancellationToken) =>
        feature.Id == GradesFeature.Id ? store.RequestAsync(clock.GetUtcNow(), cancellationToken) : Task.CompletedTask;
}
