using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Crm.Core.Recipes;

/// <summary>
/// Replaces <c>${name}</c> in the steps' strings with the recipe's "variables" (not {{ }}, which belongs to the
/// Liquid templates that recipes carry for display texts and workflows). A string that is exactly one
/// placeholder takes the variable's JSON value (so numbers and arrays keep their type); an unknown name is an
/// error at the string's JSON path.
/// </summary>
public static partial class RecipeVariables
{
    [GeneratedRegex(@"\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}")]
    private static partial Regex Placeholder();

    public static List<JsonObject> Apply(IReadOnlyList<JsonObject> steps, JsonObject variables, List<RecipeError> errors)
    {
        var result = new List<JsonObject>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var index = i;
            result.Add((JsonObject)Substitute(steps[i], $"$.steps[{i}]", variables, (path, message) => errors.Add(new RecipeError(index, path, message)))!);
        }
        return result;
    }

    private static JsonNode? Substitute(JsonNode? node, string path, JsonObject variables, Action<string, string> error) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Substitute(p.Value, $"{path}.{p.Key}", variables, error))),
            new JsonNodeOptions { PropertyNameCaseInsensitive = true }),
        JsonArray a => new JsonArray(a.Select((n, i) => Substitute(n, $"{path}[{i}]", variables, error)).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => SubstituteText(v.GetValue<string>(), path, variables, error),
        _ => node?.DeepClone(),
    };

    private static JsonNode? SubstituteText(string text, string path, JsonObject variables, Action<string, string> error)
    {
        var matches = Placeholder().Matches(text);
        if (matches.Count == 0) return JsonValue.Create(text);
        foreach (var name in matches.Select(m => m.Groups[1].Value).Where(n => !variables.ContainsKey(n)).Distinct())
        {
            error(path, $"unknown variable '{name}'; the recipe's variables are: {string.Join(", ", variables.Select(v => v.Key))}");
        }
        if (matches.Count == 1 && matches[0].Length == text.Length) return variables[matches[0].Groups[1].Value]?.DeepClone();
        return JsonValue.Create(Placeholder().Replace(text, m =>
            variables[m.Groups[1].Value] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : variables[m.Groups[1].Value]?.ToJsonString() ?? ""));
    }
}
