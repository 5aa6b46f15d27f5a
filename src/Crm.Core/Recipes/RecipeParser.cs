using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Core.Recipes;

/// <summary>Reads recipe JSON; shape errors come back as <see cref="RecipeError"/>s with JSON paths.</summary>
public static class RecipeParser
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Recipe Parse(string json, string source)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, new JsonNodeOptions { PropertyNameCaseInsensitive = true }, Options);
        }
        catch (JsonException e)
        {
            throw new RecipeException(source, [new RecipeError(null, $"$ (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})", "not valid JSON: " + FirstSentence(e.Message))]);
        }

        if (root is not JsonObject recipe) throw new RecipeException(source, [new RecipeError(null, "$", "a recipe must be a JSON object")]);

        var errors = new List<RecipeError>();
        var name = Text(recipe, "name", errors, required: true) ?? Path.GetFileNameWithoutExtension(source);
        var steps = new List<JsonObject>();
        switch (recipe["steps"])
        {
            case null:
                errors.Add(new RecipeError(null, "$.steps", "is required (an array of steps)"));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject step) steps.Add(step);
                    else errors.Add(new RecipeError(i, $"$.steps[{i}]", "a step must be a JSON object with a \"name\""));
                }
                break;
            default:
                errors.Add(new RecipeError(null, "$.steps", "must be an array"));
                break;
        }
        var variables = recipe["variables"] switch
        {
            null => [],
            JsonObject o => o,
            _ => Fail(errors, "$.variables", "must be an object"),
        };
        if (errors.Count == 0) steps = RecipeVariables.Apply(steps, variables, errors);
        if (recipe["issetuprecipe"] is { } setup && setup.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add(new RecipeError(null, "$.issetuprecipe", "must be true or false"));
        }
        if (errors.Count > 0) throw new RecipeException(name, errors);

        return new Recipe
        {
            Name = name,
            DisplayName = Text(recipe, "displayName", errors) ?? name,
            Description = Text(recipe, "description", errors) ?? "",
            Author = Text(recipe, "author", errors) ?? "",
            Version = Text(recipe, "version", errors) ?? "",
            IsSetupRecipe = recipe["issetuprecipe"]?.GetValue<bool>() ?? false,
            Categories = Strings(recipe["categories"]),
            Tags = Strings(recipe["tags"]),
            Variables = variables,
            Steps = steps,
            Source = source,
        };
    }

    private static string? Text(JsonObject recipe, string property, List<RecipeError> errors, bool required = false)
    {
        var node = recipe[property];
        if (node is null)
        {
            if (required) errors.Add(new RecipeError(null, "$." + property, "is required"));
            return null;
        }
        if (node.GetValueKind() == JsonValueKind.String) return node.GetValue<string>();
        errors.Add(new RecipeError(null, "$." + property, "must be a string"));
        return null;
    }

    private static IReadOnlyList<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : null).OfType<string>().ToList() : [];

    private static JsonObject Fail(List<RecipeError> errors, string path, string message)
    {
        errors.Add(new RecipeError(null, path, message));
        return [];
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.') + ".";
}
