using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Store;

/// <summary>
/// An item's title: the type's DisplayText template, else its first text value. The template names fields in placeholders,
/// optionally shortened: <c>{{ Name }} ({{ Company }})</c>, <c>{{ Body | truncate: 60 }}</c> (at most 60 characters, "…"
/// included). A value's line breaks and runs of spaces become one space; phone numbers read in their usual form (010-1234-5678).
/// </summary>
public static partial class DisplayText
{
    private const int MaxLength = 500;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)?)\s*(?:\|\s*truncate\s*:\s*([0-9]{1,3})\s*)?\}\}")]
    private static partial Regex Placeholder();

    public static string For(ContentDefinitions definitions, ContentTypeDefinition type, JsonObject data)
    {
        string FieldText(ContentFieldReference field) => Whitespace().Replace(Text(field, data[field.PartName]?[field.Field.Name]), " ").Trim();
        string Value(string name) => definitions.FindField(type, name) is { } field ? FieldText(field) : "";

        var text = type.Settings.DisplayText is { Length: > 0 } template
            ? Placeholder().Replace(template, m => Truncate(Value(m.Groups[1].Value), m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : MaxLength)).Trim()
            : definitions.FieldsOf(type).Select(FieldText).FirstOrDefault(t => t.Length > 0) ?? "";
        return Truncate(text, MaxLength);
    }

    private static string Truncate(string text, int length) =>
        text.Length <= length ? text : length < 1 ? "" : text[..(length - 1)].TrimEnd() + "…";

    private static string Text(ContentFieldReference field, JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String && field.Field.Kind is "Phone" or "PhoneField" => PhoneDisplay.Format(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => "",
    };
}
