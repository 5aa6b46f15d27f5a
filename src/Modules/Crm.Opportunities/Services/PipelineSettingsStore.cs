using Crm.Core.Settings;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// The tenant's stage probabilities (setting "Pipeline", cached per tenant with the other settings). Saving them also asks
/// for the open opportunities' probabilities and weighted amounts to be brought up to date in the background
/// (<see cref="ProbabilityRecalculation"/>).
/// </summary>
public sealed class PipelineSettingsStore(SiteSettings settings, ProbabilityRecalculation recalculation)
{
    public async Task<PipelineProbabilities> GetAsync(CancellationToken cancellationToken = default) =>
        PipelineProbabilities.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(PipelineProbabilities.SettingName));

    public async Task SaveAsync(PipelineProbabilities probabilities, CancellationToken cancellationToken = default)
    {
        await settings.SetAsync(PipelineProbabilities.SettingName, probabilities.ToJson(), cancellationToken);
        await recalculation.RequestAsync(cancellationToken);
    }
}
