using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Core.Content.Store;

/// <summary>A stored item. <see cref="Data"/> holds the parts and their fields: <c>{ "Customer": { "Stage": "Prospect" } }</c>.</summary>
public sealed record ContentItem
{
    private JsonObject? _data;
    private JsonElement _stored;

    public required string Id { get; init; }
    public required string ContentType { get; init; }
    public string DisplayText { get; init; } = "";
    public string? Owner { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset ModifiedUtc { get; init; }

    /// <summary>Starts at 1 and grows with every change; updates name the version they change (optimistic concurrency).</summary>
    public int Version { get; init; }

    /// <summary>Set while the item is in the recycle bin.</summary>
    public DateTimeOffset? DeletedUtc { get; init; }

    /// <summary>The parts and their fields; an item read from the store builds it on first use (see <see cref="Value"/>).</summary>
    public JsonObject Data
    {
        get => _data ?? Materialize();
        init
        {
            _data = value;
            _stored = default;
        }
    }

    /// <summary>
    /// The document as read from the store, until <see cref="Data"/> is asked for. Pages read many items and show a few
    /// fields of each: reading those through <see cref="Value"/> and <see cref="Text"/> skips building a node for every
    /// property of every item.
    /// </summary>
    internal JsonElement Stored
    {
        init
        {
            _stored = value;
            _data = null;
        }
    }

    /// <summary>A field's value by part and field name, or null. Read it, do not change it: change <see cref="Data"/>.</summary>
    public JsonNode? Value(string part, string field)
    {
        if (_data is not null || _stored.ValueKind != JsonValueKind.Object) return Data[part]?[field];
        return _stored.TryGetProperty(part, out var values) && values.ValueKind == JsonValueKind.Object && values.TryGetProperty(field, out var value)
            ? Node(value)
            : null;
    }

    /// <summary>
    /// A field's value straight from the document as read from the store, for readers that convert it at once (the GraphQL
    /// resolvers) and need no node: true when the item still holds that document (<paramref name="value"/> is then
    /// <see cref="JsonValueKind.Undefined"/> if the field is absent); false when it does not (an item built in code, or one
    /// whose <see cref="Data"/> was asked for): read <see cref="Value"/> then.
    /// </summary>
    public bool TryGetStoredValue(string part, string field, out JsonElement value)
    {
        value = default;
        if (_data is not null || _stored.ValueKind != JsonValueKind.Object) return false;
        if (_stored.TryGetProperty(part, out var values) && values.ValueKind == JsonValueKind.Object && values.TryGetProperty(field, out var found)) value = found;
        return true;
    }

    /// <summary>
    /// A field's value as text by field name alone, whichever part holds it (modules read the fields their recipes define
    /// this way, so an admin moving a field to another part breaks nothing); null when empty.
    /// </summary>
    public string? Text(string field)
    {
        if (_data is not null || _stored.ValueKind != JsonValueKind.Object)
        {
            return Data.Select(part => part.Value?[field]).FirstOrDefault(value => value is not null) switch
            {
                null => null,
                JsonValue value when value.TryGetValue<string>(out var text) => text,
                var other => other.ToJsonString(),
            };
        }
        foreach (var part in _stored.EnumerateObject())
        {
            if (part.Value.ValueKind != JsonValueKind.Object || !part.Value.TryGetProperty(field, out var value)) continue;
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue;
            return value.ValueKind == JsonValueKind.String ? value.GetString() : Node(value)!.ToJsonString();
        }
        return null;
    }

    private static JsonNode? Node(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(value),
        JsonValueKind.Array => JsonArray.Create(value),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(value),
    };

    private JsonObject Materialize()
    {
        var data = _stored.ValueKind == JsonValueKind.Object ? JsonObject.Create(_stored)! : [];
        return Interlocked.CompareExchange(ref _data, data, null) ?? data;
    }
}
