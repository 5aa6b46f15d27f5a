namespace Crm.Core.Recipes;

/// <summary>
/// A recipe step handler ("Feature", "Roles", ...). A step belongs to a feature (see ForFeature) and is only
/// available to recipes once that feature is enabled, by the tenant or by an earlier step of the recipe.
/// Register with <c>services.AddRecipeStep&lt;T&gt;()</c>.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of the step's "name" property.</summary>
    string Name { get; }

    /// <summary>Checks the step and reports every problem; runs for the whole recipe before any step executes.</summary>
    void Validate(RecipeValidationContext context);

    /// <summary>Applies the step inside the recipe's transaction. Running it twice must change nothing.</summary>
    Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken);
}
