namespace Crm.Core.Recipes;

/// <summary>One problem in a recipe: which step (if any), where in the JSON, and what is wrong.</summary>
public sealed record RecipeError(int? StepIndex, string Path, string Message)
{
    public override string ToString() =>
        StepIndex is { } index ? $"step {index} at {Path}: {Message}" : $"{Path}: {Message}";
}
