using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Contents.Services.Items;

/// <summary>JSON helpers of the screens (the kernel's own are internal to it).</summary>
internal static class FormJson
{
    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static bool TryNumber(JsonNode node, out decimal number)
    {
        number = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
               && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
