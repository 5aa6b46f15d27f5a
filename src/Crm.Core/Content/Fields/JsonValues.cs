using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Core.Content.Fields;

public static class JsonValues
{
    public static bool TryText(JsonNode node, out string text)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            text = v.GetValue<string>();
            return true;
        }
        text = "";
        return false;
    }

    public static bool TryNumber(JsonNode node, out decimal number)
    {
        number = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number) return false;
        // A value built in code (JsonValue.Create(5)) holds an int, not JSON text: read it through its JSON form.
        return v.TryGetValue(out number)
               || decimal.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The strings of an array (or of a single string, as a one-element list); null when anything else.</summary>
    /// <summary>A JSON number as a decimal, however the node was made (parsed text or a CLR int, long, double...).</summary>
    public static decimal Number(JsonNode node) => TryNumber(node, out var number) ? number : throw new FormatException($"{node.ToJsonString()} is not a number.");

    public static List<string>? Strings(JsonNode node)
    {
        if (TryText(node, out var single)) return [single];
        if (node is not JsonArray array) return null;
        var values = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is null || !TryText(item, out var text)) return null;
            values.Add(text);
        }
        return values;
    }

    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
