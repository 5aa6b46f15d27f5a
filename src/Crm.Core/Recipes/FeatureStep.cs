using Crm.Core.Modules;

namespace Crm.Core.Recipes;

/// <summary><c>{ "name": "Feature", "enable": ["Crm.Users"], "disable": ["..."] }</c></summary>
public sealed class FeatureStep(FeatureManager features) : IRecipeStep
{
    public string Name => "Feature";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (id, path) in context.Strings(context.Step, "enable"))
        {
            if (context.Catalog.Find(id) is not { } feature)
            {
                context.Error(path, $"unknown feature '{id}'");
                continue;
            }
            foreach (var enabled in context.Catalog.WithDependencies([feature.Id])) context.EnabledFeatures.Add(enabled.Id);
        }
        foreach (var (id, path) in context.Strings(context.Step, "disable"))
        {
            if (context.Catalog.Find(id) is not { } feature) context.Error(path, $"unknown feature '{id}'");
            else if (feature.AlwaysEnabled) context.Error(path, $"feature '{id}' is always enabled and cannot be disabled");
            else context.EnabledFeatures.Remove(feature.Id);
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        await features.EnableAsync(Ids(context.Step, "enable"), cancellationToken);
        var disable = Ids(context.Step, "disable");
        if (disable.Count > 0) await features.DisableAsync(disable, cancellationToken);
    }

    /// <summary>Every feature a recipe's Feature steps enable (validated recipes only).</summary>
    public static IReadOnlyList<string> FeaturesEnabledBy(Recipe recipe) =>
        recipe.Steps.Where(s => string.Equals(s["name"]?.GetValue<string>(), "Feature", StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => Ids(s, "enable"))
            .ToList();

    private static List<string> Ids(System.Text.Json.Nodes.JsonObject step, string property) =>
        step[property]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
}
