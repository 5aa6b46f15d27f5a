using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Bulk;

/// <summary>How a CSV cell becomes the JSON value a field's kind expects (shared by every CSV reader of content).</summary>
public static class CsvCells
{
    /// <summary>A cell that does not parse stays text, so the field kind names the problem in its own words.</summary>
    public static JsonNode Parse(string text, ContentFieldReference field, FieldKinds kinds)
    {
        switch (kinds.Get(field.Field.Kind).StorageFor(field.Field.Settings))
        {
            case FieldStorage.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case FieldStorage.Boolean when Flag(text) is { } flag:
                return JsonValue.Create(flag);
            case FieldStorage.Json:
                return new JsonArray(text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            default:
                return JsonValue.Create(text);
        }
    }

    private static bool? Flag(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" => true,
        "false" or "no" or "n" or "0" => false,
        _ => null,
    };
}
