namespace Crm.Core.Recipes;

/// <summary>A recipe that cannot run; <see cref="Errors"/> lists every problem found.</summary>
public sealed class RecipeException(string recipe, IReadOnlyList<RecipeError> errors, Exception? inner = null)
    : Exception($"Recipe '{recipe}' failed:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)), inner)
{
    public string Recipe { get; } = recipe;
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
