using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Store;

/// <summary>An item's title: the type's DisplayText template ("{{ Name }} ({{ Company }})"), else its first text value.</summary>
public static partial class DisplayText
{
    private const int MaxLength = 500;

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)?)\s*\}\}")]
    private static partial Regex Placeholder();

    public static string For(ContentDefinitions definitions, ContentTypeDefinition type, JsonObject data)
    {
        string Value(string name) =>
            definitions.FindField(type, name) is { } field ? Text(data[field.PartName]?[field.Field.Name]) : "";

        var text = type.Settings.DisplayText is { Length: > 0 } template
            ? Placeholder().Replace(template, m => Value(m.Groups[1].Value)).Trim()
            : definitions.FieldsOf(type).Select(f => Text(data[f.PartName]?[f.Field.Name])).FirstOrDefault(t => t.Length > 0) ?? "";
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    private static string Text(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => "",
    };
}
