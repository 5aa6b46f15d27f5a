using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Store;

/// <summary>An item about to be written, as <see cref="IContentPreparer"/>s see it: its data after the caller's change, and the values they derive.</summary>
public sealed class ContentPreparing(ContentDefinitions definitions, ContentTypeDefinition type, ContentItem? before, ContentChange change, DateTimeOffset createdUtc)
{
    private readonly JsonObject _derived = [];

    public ContentTypeDefinition Type { get; } = type;

    /// <summary>The stored item before the change; null on create and import.</summary>
    public ContentItem? Before { get; } = before;

    /// <summary>The item's canonical data after the caller's change (read it; set values through <see cref="Set"/>).</summary>
    public JsonObject Data => change.Data;

    public DateTimeOffset CreatedUtc { get; } = createdUtc;

    public bool IsCreate => Before is null;

    /// <summary>The type (still) has the field: admins may remove fields a module derives, and then there is nothing to keep.</summary>
    public bool HasField(string field) => definitions.FindField(Type, field) is not null;

    /// <summary>The field (by name) is new or changed by this write.</summary>
    public bool Changed(string field) => IsCreate || change.ChangedFields.Any(f => string.Equals(f.Field.Name, field, StringComparison.OrdinalIgnoreCase));

    /// <summary>A field's canonical value after the change, by field name (any part).</summary>
    public JsonNode? Value(string field) =>
        Data.Select(part => part.Value as JsonObject).FirstOrDefault(part => part?.ContainsKey(field) == true)?[field];

    public string? Text(string field) => Value(field) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Derives a field's value (by field name, or "Part.Field"); null clears it. Validated like a caller's value.</summary>
    public void Set(string field, JsonNode? value) => _derived[field] = value?.DeepClone();

    internal JsonObject Derived => _derived;
}
