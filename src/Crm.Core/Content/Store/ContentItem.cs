using System.Text.Json.Nodes;

namespace Crm.Core.Content.Store;

/// <summary>A stored item. <see cref="Data"/> holds the parts and their fields: <c>{ "Customer": { "Stage": "Prospect" } }</c>.</summary>
public sealed record ContentItem
{
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

    public JsonObject Data { get; init; } = [];

    /// <summary>A field's value by part and field name, or null.</summary>
    public JsonNode? Value(string part, string field) => Data[part]?[field];

    /// <summary>
    /// A field's value as text by field name alone, whichever part holds it (modules read the fields their recipes define
    /// this way, so an admin moving a field to another part breaks nothing); null when empty.
    /// </summary>
    public string? Text(string field) =>
        Data.Select(part => part.Value?[field]).FirstOrDefault(value => value is not null) switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var other => other.ToJsonString(),
        };
}
