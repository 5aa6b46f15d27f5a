using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;

namespace Crm.Core.Content.Queries;

/// <summary>
/// The opaque cursor of a page: base64url JSON of the last item's sort values, tied to the type and sort it came from.
/// Resuming "after" those values (not at an offset) means rows inserted meanwhile neither repeat nor push rows off a page.
/// </summary>
internal static class KeysetCursor
{
    public static string Encode(string type, IReadOnlyList<SortKey> keys, ContentItem last)
    {
        var values = new JsonArray(keys.Select(k => ToJson(ValueOf(k.Target, last))).ToArray());
        var json = new JsonObject { ["t"] = type, ["s"] = Signature(keys), ["v"] = values };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    public static IReadOnlyList<object?> Decode(string cursor, string type, IReadOnlyList<SortKey> keys, string path)
    {
        JsonArray? values;
        string? cursorType, signature;
        try
        {
            var json = JsonNode.Parse(Base64Url.DecodeFromChars(cursor))?.AsObject();
            cursorType = json?["t"]?.GetValue<string>();
            signature = json?["s"]?.GetValue<string>();
            values = json?["v"] as JsonArray;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw Invalid(path, "is not a cursor returned by this API");
        }
        if (values is null) throw Invalid(path, "is not a cursor returned by this API");
        if (cursorType != type || signature != Signature(keys)) throw Invalid(path, "belongs to another content type or sort order; start again without it");
        if (values.Count != keys.Count) throw Invalid(path, "is not a cursor returned by this API");
        return keys.Select((k, i) => FromJson(k.Target.Storage, values[i], path)).ToList();
    }

    /// <summary>An item's value for a sort key, as SQL sees it (canonical JSON text, number or boolean).</summary>
    private static object? ValueOf(FilterTarget target, ContentItem item)
    {
        switch (target.Column)
        {
            case "id": return item.Id;
            case "display_text": return item.DisplayText;
            case "owner": return item.Owner;
            case "created_utc": return DateTimeFieldKind.Canonical(item.CreatedUtc);
            case "modified_utc": return DateTimeFieldKind.Canonical(item.ModifiedUtc);
        }
        var value = item.Value(target.Field!.PartName, target.Field.Field.Name);
        if (target.Kind!.IndexProperty is { } property) value = value?[property];
        if (value is not JsonValue scalar) return null;
        return scalar.GetValueKind() switch
        {
            JsonValueKind.Number => JsonValues.Number(scalar),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => scalar.GetValue<string>(),
            _ => null,
        };
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        decimal d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static object? FromJson(FieldStorage storage, JsonNode? node, string path)
    {
        if (node is null) return null;
        var kind = node.GetValueKind();
        return (storage, kind) switch
        {
            (FieldStorage.Number, JsonValueKind.Number) => JsonValues.Number(node),
            (FieldStorage.Boolean, JsonValueKind.True or JsonValueKind.False) => node.GetValue<bool>(),
            (FieldStorage.Text, JsonValueKind.String) => node.GetValue<string>(),
            _ => throw Invalid(path, "is not a cursor returned by this API"),
        };
    }

    private static string Signature(IReadOnlyList<SortKey> keys) => string.Join(",", keys.Select(k => k.Signature));

    private static FilterException Invalid(string path, string message) => new(path, message);
}
