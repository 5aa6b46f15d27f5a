using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>One option's value, or (Multiple) an array of distinct option values.</summary>
public sealed class ChoiceFieldKind : IContentFieldKind
{
    public string Name => "Choice";

    public FieldStorage StorageFor(FieldSettings settings) => settings.Multiple ? FieldStorage.Json : FieldStorage.Text;

    public IEnumerable<string> ValidateSettings(FieldSettings settings)
    {
        if (settings.Options.Count == 0) yield return "a choice field needs at least one option";
        foreach (var duplicate in settings.Options.GroupBy(o => o.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"option '{duplicate.Key}' is listed twice";
        }
        foreach (var empty in settings.Options.Where(o => string.IsNullOrWhiteSpace(o.Value))) yield return "an option value must not be empty";
    }

    public FieldResult Normalize(JsonNode value, FieldSettings settings)
    {
        var values = JsonValues.Strings(value);
        if (values is null) return FieldResult.Fail(settings.Multiple ? FieldMessages.MustBeOptionList : FieldMessages.MustBeOneOption);
        if (!settings.Multiple && (values.Count != 1 || value is JsonArray)) return FieldResult.Fail(FieldMessages.MustBeOneOption);

        var canonical = new List<string>();
        foreach (var item in values)
        {
            var option = settings.Options.FirstOrDefault(o => string.Equals(o.Value, item.Trim(), StringComparison.OrdinalIgnoreCase));
            if (option is null) return FieldResult.Fail(FieldMessages.NotAnOption, item, string.Join(", ", settings.Options.Select(o => o.Value)));
            if (!canonical.Contains(option.Value)) canonical.Add(option.Value);
        }
        return FieldResult.Ok(settings.Multiple ? JsonValues.Array(canonical) : JsonValue.Create(canonical[0]));
    }
}
