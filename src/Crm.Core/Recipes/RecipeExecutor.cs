using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Tenants;

namespace Crm.Core.Recipes;

/// <summary>
/// Runs a recipe for the scope's tenant: validate everything, migrate the schema of the features it enables,
/// then run every step in one transaction (joining the caller's if one is open).
/// </summary>
public sealed class RecipeExecutor(
    RecipeValidator validator,
    FeatureManager features,
    FeatureCatalog catalog,
    SchemaMigrator migrator,
    TenantScope scope,
    TenantDb db)
{
    public Task ExecuteAsync(Recipe recipe, CancellationToken cancellationToken) => ExecuteAsync(recipe, null, cancellationToken);

    /// <param name="progress">Told after each step (steps done out of the recipe's steps); nothing is committed before the last.</param>
    public async Task ExecuteAsync(Recipe recipe, IProgress<RecipeProgress>? progress, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var errors = validator.Validate(recipe, enabled);
        if (errors.Count > 0) throw new RecipeException(recipe.Name, errors);

        // Schema changes run before the data transaction; migrations are idempotent.
        var enabledByRecipe = FeatureStep.FeaturesEnabledBy(recipe);
        if (enabledByRecipe.Count > 0)
        {
            await migrator.EnsureTenantAsync(db, scope.Tenant.Database, enabled.Concat(catalog.WithDependencies(enabledByRecipe).Select(f => f.Id)), cancellationToken);
        }

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        progress?.Report(new RecipeProgress(0, recipe.Steps.Count, null));
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = validator.Step(recipe.Steps[i]["name"]!.GetValue<string>());
            try
            {
                await step.ExecuteAsync(new RecipeExecutionContext(recipe, i, scope.Tenant), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException and not RecipeException)
            {
                throw new RecipeException(recipe.Name, [new RecipeError(i, $"$.steps[{i}]", $"step '{step.Name}' failed: {e.Message}")], e);
            }
            progress?.Report(new RecipeProgress(i + 1, recipe.Steps.Count, step.Name));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
