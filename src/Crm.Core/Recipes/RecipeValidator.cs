using Crm.Core.Modules;

namespace Crm.Core.Recipes;

/// <summary>Validates a whole recipe against the registered steps and the features they need, before anything runs.</summary>
public sealed class RecipeValidator(FeatureCatalog catalog, IEnumerable<IRecipeStep> steps)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    /// <param name="enabledFeatures">What the tenant has enabled before the recipe runs (null: a new tenant).</param>
    public IReadOnlyList<RecipeError> Validate(Recipe recipe, IReadOnlySet<string>? enabledFeatures = null)
    {
        var errors = new List<RecipeError>();
        var enabled = new HashSet<string>(enabledFeatures ?? AlwaysEnabled(), StringComparer.OrdinalIgnoreCase);
        var context = new RecipeValidationContext(recipe, catalog, enabled, errors);
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            context.StepIndex = i;
            var name = context.String(recipe.Steps[i], "name", required: true);
            if (name is null) continue;
            if (!_steps.TryGetValue(name, out var step))
            {
                context.Error(".name", $"unknown step '{name}'; known steps: {string.Join(", ", _steps.Keys.Order())}");
                continue;
            }
            var feature = catalog.FeatureOf(step.GetType());
            if (feature is not null && !enabled.Contains(feature))
            {
                context.Error(".name", $"step '{name}' needs feature '{feature}', which is not enabled (enable it in an earlier Feature step)");
                continue;
            }
            step.Validate(context);
        }
        return errors;
    }

    public IRecipeStep Step(string name) => _steps[name];

    private IEnumerable<string> AlwaysEnabled() => catalog.Features.Where(f => f.AlwaysEnabled).Select(f => f.Id);
}
