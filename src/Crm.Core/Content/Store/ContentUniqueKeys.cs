using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Store;

/// <summary>
/// The unique keys of the definitions — each field marked <see cref="FieldSettings.Unique"/> and each of a type's
/// <see cref="ContentTypeSettings.UniqueKeys"/> — with the expressions and index name that enforce them. Text values are
/// compared through <c>lower()</c>: "SPRING26" and "spring26" are the same campaign code to the people who type them
/// (SQLite's lower() folds ASCII letters only, PostgreSQL's every letter; codes and e-mail addresses are ASCII in practice).
/// </summary>
public sealed class ContentUniqueKeys(FieldKinds kinds)
{
    public IReadOnlyList<UniqueKey> Of(ISqlDialect dialect, ContentDefinitions definitions, ContentTypeDefinition type)
    {
        var keys = new List<UniqueKey>();
        foreach (var field in definitions.FieldsOf(type).Where(f => f.Field.Settings.Unique && Usable(f)))
        {
            keys.Add(Key(dialect, type, field.Field.Name, $"{field.QualifiedName}.Unique", [field]));
        }
        foreach (var key in type.Settings.UniqueKeys)
        {
            var fields = key.Fields.Select(f => definitions.FindField(type, f)).ToList();
            // The definition validator refuses such a key; definitions being checked may still hold one.
            if (fields.Count == 0 || fields.Any(f => f is null || !Usable(f))) continue;
            keys.Add(Key(dialect, type, key.Name, $"{type.Name}.Settings.UniqueKeys.{key.Name}", fields!));
        }
        // A unique field that is also declared as a one-field key needs one index.
        return keys.DistinctBy(k => k.IndexName).ToList();
    }

    /// <summary>The compared expression of a key's field: over the stored row, or over another JSON document (an item about to be written).</summary>
    public string Expression(ISqlDialect dialect, ContentFieldReference field, string? document = null)
    {
        var kind = kinds.Get(field.Field.Kind);
        var value = document is null ? ContentExpressions.Field(dialect, field, kind) : ContentExpressions.FieldOf(dialect, field, kind, document);
        return IsText(field) ? $"lower({value})" : value;
    }

    /// <summary>The field's stored value as people read it (not lower-cased), for messages.</summary>
    public string ReadableExpression(ISqlDialect dialect, ContentFieldReference field) => ContentExpressions.Field(dialect, field, kinds.Get(field.Field.Kind));

    /// <summary>The key of a value in memory, as the index compares it (for rows of one import that have not been written yet).</summary>
    public string? ValueKey(UniqueKey key, System.Text.Json.Nodes.JsonObject data)
    {
        var parts = new List<string>(key.Fields.Count);
        foreach (var field in key.Fields)
        {
            if (data[field.PartName]?[field.Field.Name] is not { } value) return null;
            var text = value.ToJsonString();
            parts.Add(IsText(field) ? text.ToLowerInvariant() : text);
        }
        return string.Join("\u001f", parts);
    }

    private UniqueKey Key(ISqlDialect dialect, ContentTypeDefinition type, string name, string path, IReadOnlyList<ContentFieldReference> fields)
    {
        var columns = fields.Select(f => Expression(dialect, f)).ToList();
        return new UniqueKey(type.Name, name, path, fields, ContentIndexManager.IndexName(dialect, type.Name, "u_" + name, ["unique", .. columns]), columns);
    }

    private bool Usable(ContentFieldReference field) => kinds.Find(field.Field.Kind) is { } kind && kind.StorageFor(field.Field.Settings) != FieldStorage.Json;

    private bool IsText(ContentFieldReference field) => kinds.Get(field.Field.Kind).StorageFor(field.Field.Settings) == FieldStorage.Text;
}
