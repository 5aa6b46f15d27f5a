using Crm.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Recipes;

/// <summary>Runs a feature's own recipes the first time it is enabled for a tenant (in the enabling transaction).</summary>
public sealed class FeatureRecipesHandler(RecipeHarvester harvester, IServiceProvider services) : IFeatureEventHandler
{
    public async Task EnabledAsync(FeatureInfo feature, bool firstTime, CancellationToken cancellationToken)
    {
        if (!firstTime) return;
        // Resolved late: the executor's steps depend on the feature manager that raised this event.
        var executor = services.GetRequiredService<RecipeExecutor>();
        foreach (var recipe in await harvester.FeatureRecipesAsync(feature, cancellationToken))
        {
            await executor.ExecuteAsync(recipe, cancellationToken);
        }
    }
}
