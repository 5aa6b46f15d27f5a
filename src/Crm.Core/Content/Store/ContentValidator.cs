using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Store;

/// <summary>
/// Turns caller values into an item's canonical data. Values may be given flat (<c>{ "Email": ... }</c>) or by
/// part (<c>{ "Customer": { "Email": ... } }</c>); null removes a value. On create every field is checked
/// (defaults filled, required enforced); on update only the fields that change, so a rule added later does not
/// block unrelated edits of older items.
/// </summary>
public sealed class ContentValidator(FieldKinds kinds)
{
    public ContentChange Apply(ContentDefinitions definitions, ContentTypeDefinition type, JsonObject? existing, JsonObject values)
    {
        var errors = new List<ContentFieldError>();
        var data = (JsonObject?)existing?.DeepClone() ?? [];
        var given = new Dictionary<ContentFieldReference, (string Name, JsonNode? Value)>();

        foreach (var (key, value) in values)
        {
            var typePart = type.Parts.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase));
            if (typePart is not null && value is JsonObject partValues && definitions.FindField(type, key) is null)
            {
                foreach (var (fieldName, fieldValue) in partValues) Take($"{typePart.Name}.{fieldName}", fieldValue);
            }
            else
            {
                Take(key, value);
            }
        }

        var isCreate = existing is null;
        var changed = new List<ContentFieldReference>();
        foreach (var field in definitions.FieldsOf(type))
        {
            var kind = kinds.Get(field.Field.Kind);
            var settings = field.Field.Settings;
            var wasGiven = given.TryGetValue(field, out var input);
            if (!isCreate && !wasGiven) continue;
            var name = wasGiven ? input.Name : field.Field.Name;
            var value = wasGiven ? input.Value : settings.Default?.DeepClone();

            JsonNode? canonical = null;
            if (!IsEmpty(value))
            {
                var result = kind.Normalize(value!, settings);
                if (!result.IsValid)
                {
                    errors.Add(new ContentFieldError(name, result.Problem!));
                    continue;
                }
                canonical = IsEmpty(result.Value) ? null : result.Value;
            }
            if (canonical is null && settings.Required)
            {
                errors.Add(new ContentFieldError(name, new FieldProblem(FieldMessages.Required)));
                continue;
            }

            var part = data[field.PartName] as JsonObject ?? [];
            var before = part[field.Field.Name];
            if (JsonNode.DeepEquals(before, canonical)) continue;
            if (canonical is null) part.Remove(field.Field.Name);
            else part[field.Field.Name] = canonical;
            data[field.PartName] = part;
            changed.Add(field);
        }
        return new ContentChange(data, changed, errors);

        void Take(string name, JsonNode? value)
        {
            var field = definitions.FindField(type, name);
            if (field is null) errors.Add(new ContentFieldError(name, new FieldProblem(FieldMessages.NotAField, type.Name)));
            else given[field] = (name, value);
        }
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null
        || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()))
        || value is JsonArray { Count: 0 };
}
