using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Modules;

namespace Crm.Core.Recipes;

/// <summary>What a step sees while the recipe is validated, and where it reports errors (with JSON paths).</summary>
public sealed class RecipeValidationContext(Recipe recipe, FeatureCatalog catalog, ISet<string> enabledFeatures, List<RecipeError> errors)
{
    public Recipe Recipe { get; } = recipe;
    public FeatureCatalog Catalog { get; } = catalog;

    /// <summary>Features enabled at this point of the recipe; a Feature step changes it for the steps after it.</summary>
    public ISet<string> EnabledFeatures { get; } = enabledFeatures;

    public int StepIndex { get; internal set; }
    public JsonObject Step => Recipe.Steps[StepIndex];
    public string StepPath => $"$.steps[{StepIndex}]";

    public int ErrorCount => errors.Count;

    /// <param name="relativePath">Path below the step, e.g. ".enable[0]" or ".Roles[1].Name".</param>
    public void Error(string relativePath, string message) => errors.Add(new RecipeError(StepIndex, StepPath + relativePath, message));

    /// <summary>The step's string array property (absent is empty); non-strings are reported.</summary>
    public IReadOnlyList<(string Value, string Path)> Strings(JsonObject owner, string property, string ownerPath = "")
    {
        var path = $"{ownerPath}.{property}";
        switch (owner[property])
        {
            case null:
                return [];
            case JsonArray array:
                var values = new List<(string, string)>();
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String) values.Add((v.GetValue<string>(), $"{path}[{i}]"));
                    else Error($"{path}[{i}]", "must be a string");
                }
                return values;
            default:
                Error(path, "must be an array of strings");
                return [];
        }
    }

    /// <summary>A string property; reports it when required and missing or when not a string.</summary>
    public string? String(JsonObject owner, string property, string ownerPath = "", bool required = false)
    {
        var node = owner[property];
        if (node is null)
        {
            if (required) Error($"{ownerPath}.{property}", "is required");
            return null;
        }
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            var text = v.GetValue<string>();
            if (required && string.IsNullOrWhiteSpace(text)) Error($"{ownerPath}.{property}", "must not be empty");
            return text;
        }
        Error($"{ownerPath}.{property}", "must be a string");
        return null;
    }

    /// <summary>The objects of an array property; reports non-objects.</summary>
    public IReadOnlyList<(JsonObject Item, string Path)> Objects(JsonObject owner, string property, string ownerPath = "", bool required = false)
    {
        var path = $"{ownerPath}.{property}";
        switch (owner[property])
        {
            case null:
                if (required) Error(path, "is required");
                return [];
            case JsonArray array:
                var items = new List<(JsonObject, string)>();
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject o) items.Add((o, $"{path}[{i}]"));
                    else Error($"{path}[{i}]", "must be an object");
                }
                return items;
            default:
                Error(path, "must be an array of objects");
                return [];
        }
    }
}
