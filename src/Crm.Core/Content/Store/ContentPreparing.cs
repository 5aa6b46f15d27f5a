using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Store;

/// <summary>An item about to be written, as <see cref="IContentPreparer"/>s see it: its data after the caller's change, and the values they derive.</summary>
public sealed class ContentPreparing(ContentDefinitions definitions, ContentTypeDefinition type, ContentItem? before, ContentChange change, DateTimeOffset createdUtc)
{
    private readonly JsonObject _derived = [];
    private readonly List<ContentFieldError> _refusals = [];

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

    /// <summary>A choice field's option as the screens name it (its label), for messages; "-" for none.</summary>
    public string OptionLabel(string field, string? value) =>
        value is null ? "-" : definitions.FindField(Type, field)?.Field.Settings.Options.FirstOrDefault(o => o.Value == value)?.Label ?? value;

    /// <summary>Derives a field's value (by field name, or "Part.Field"); null clears it. Validated like a caller's value.</summary>
    public void Set(string field, JsonNode? value) => _derived[field] = value?.DeepClone();

    /// <summary>
    /// Refuses the write because of a rule that spans fields (e.g. a lost opportunity needs its reason): nothing is
    /// written, and the error names <paramref name="field"/> as a validation error does (forms show it beside the field, the API at its input path).
    /// </summary>
    public void Refuse(string field, FieldProblem problem) => _refusals.Add(new ContentFieldError(field, problem));

    internal JsonObject Derived => _derived;

    internal IReadOnlyList<ContentFieldError> Refusals => _refusals;
}
