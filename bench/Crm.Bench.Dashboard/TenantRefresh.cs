using System.Diagnostics;
using Crm.Bench.Common;
using Crm.Core.Modules;
using Crm.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Dashboard;

/// <summary>
/// On a reused database, brings the tenant to what the code being measured would have made: the crm recipe's features
/// that were added since the seed are enabled (their migrations and module recipes run, as when an admin enables them; a
/// new module's cards then show, without seeded data), and the CRM modules' ContentDefinition steps run once more (a recipe
/// step changes nothing when run twice), so the types' indexes and the engine's statistics objects are the current ones.
/// A missing index is built on the existing rows, which takes a while at this size.
/// </summary>
public static class TenantRefresh
{
    private static readonly string[] DefinitionFeatures = ["Crm.Customers", "Crm.SalesActivities"];

    /// <returns>How long it took, and the features it enabled.</returns>
    public static async Task<(TimeSpan Elapsed, IReadOnlyList<string> Enabled)> RunAsync(BenchHost host, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = host.TenantScope();
        var services = scope.ServiceProvider;
        var harvester = services.GetRequiredService<RecipeHarvester>();
        var crm = await harvester.FindAsync("crm", cancellationToken) ?? throw new InvalidOperationException("No crm recipe.");
        var wanted = crm.Steps.Where(s => (string?)s["name"] == "Feature").SelectMany(s => s["enable"]?.AsArray() ?? []).Select(f => f!.GetValue<string>());
        var enabled = await services.GetRequiredService<FeatureManager>().EnableAsync(wanted, cancellationToken);

        var catalog = services.GetRequiredService<FeatureCatalog>();
        var executor = services.GetRequiredService<RecipeExecutor>();
        foreach (var feature in DefinitionFeatures)
        {
            foreach (var recipe in await harvester.FeatureRecipesAsync(catalog.Get(feature), cancellationToken))
            {
                var definitions = recipe with { Steps = recipe.Steps.Where(s => (string?)s["name"] == "ContentDefinition").ToList() };
                await executor.ExecuteAsync(definitions, cancellationToken);
            }
        }
        return (watch.Elapsed, enabled.Select(f => f.Id).ToList());
    }
}
