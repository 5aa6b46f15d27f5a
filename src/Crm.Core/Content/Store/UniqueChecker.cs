using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Store;

/// <summary>
/// Refuses a write that would give an item the values of a unique key another live item has, with a field error that names
/// the value and the item holding it. The check reads through the unique index before writing; two writers that pass it at
/// the same moment meet the index itself, whose violation <see cref="Refusal"/> turns into the same kind of field error.
/// </summary>
public sealed class UniqueChecker(TenantDb db, ContentUniqueKeys uniqueKeys)
{
    /// <param name="id">The item being written (left out of the search); null for a new one.</param>
    /// <param name="changed">The fields the write changes: only keys with one of them are checked; null checks every key (create, restore).</param>
    public async Task<IReadOnlyList<ContentFieldError>> CheckAsync(ContentDefinitions definitions, ContentTypeDefinition type, JsonObject data, string? id,
        IReadOnlyCollection<ContentFieldReference>? changed, CancellationToken cancellationToken)
    {
        var errors = new List<ContentFieldError>();
        foreach (var key in uniqueKeys.Of(db.Dialect, definitions, type))
        {
            if (changed is not null && !key.Fields.Any(f => changed.Any(c => c.QualifiedName == f.QualifiedName))) continue;
            if (await HolderAsync(key, data, id, cancellationToken) is { } holder) errors.Add(Error(key, data, holder));
        }
        return errors;
    }

    /// <summary>
    /// The errors of each new item of one import, in order: values a stored item has, or an earlier row of the same import
    /// (<paramref name="seen"/> remembers them across the import's batches: key value → row).
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ContentFieldError>>> CheckNewAsync(ContentDefinitions definitions, ContentTypeDefinition type,
        IReadOnlyList<(JsonObject? Data, int Row)> items, Dictionary<string, int> seen, CancellationToken cancellationToken)
    {
        var keys = uniqueKeys.Of(db.Dialect, definitions, type);
        var result = new List<IReadOnlyList<ContentFieldError>>(items.Count);
        foreach (var (data, row) in items)
        {
            var errors = new List<ContentFieldError>();
            foreach (var key in keys)
            {
                if (data is null || uniqueKeys.ValueKey(key, data) is not { } value) continue;
                var seenKey = key.IndexName + "\u001e" + value;
                if (seen.TryGetValue(seenKey, out var earlier))
                {
                    errors.Add(Error(key, data, null, earlier));
                    continue;
                }
                if (await HolderAsync(key, data, null, cancellationToken) is { } holder) errors.Add(Error(key, data, holder));
                else seen[seenKey] = row;
            }
            result.Add(errors);
        }
        return result;
    }

    /// <summary>
    /// The field error for a database refusal of a unique index of the type (a concurrent writer got there first); null for any
    /// other failure. On PostgreSQL the transaction is aborted by then, so the message cannot name the other item.
    /// </summary>
    public ContentValidationException? Refusal(DbException exception, ContentDefinitions definitions, ContentTypeDefinition type, JsonObject data)
    {
        if (UniqueViolation.IndexName(exception) is not { } index) return null;
        var key = uniqueKeys.Of(db.Dialect, definitions, type).FirstOrDefault(k => string.Equals(k.IndexName, index, StringComparison.OrdinalIgnoreCase));
        return key is null ? null : new ContentValidationException(type.Name, [Error(key, data, null)]);
    }

    /// <summary>The live item (other than <paramref name="id"/>) that has the key's values of <paramref name="data"/>, described as "'Spring sale' (01J…)".</summary>
    private async Task<string?> HolderAsync(UniqueKey key, JsonObject data, string? id, CancellationToken cancellationToken)
    {
        if (key.Fields.Any(f => Value(data, f) is null)) return null;
        var document = db.Dialect.JsonParameter("doc");
        var same = string.Join(" AND ", key.Fields.Select((f, i) => $"{key.Columns[i]} = {uniqueKeys.Expression(db.Dialect, f, document)}"));
        var rows = await db.QueryAsync<(string Id, string? DisplayText)>(
            $"SELECT id, display_text FROM content_items WHERE {ContentExpressions.TypePredicate(key.TypeName)} AND {same}{(id is null ? "" : " AND id <> @id")} LIMIT 1",
            new { doc = data.ToJsonString(ContentJson.Options), id }, cancellationToken);
        return rows.Count == 0 ? null : string.IsNullOrWhiteSpace(rows[0].DisplayText) ? rows[0].Id : $"'{rows[0].DisplayText}' ({rows[0].Id})";
    }

    /// <param name="holder">The item that has the values; null when unknown (a database refusal) or an earlier import row.</param>
    private static ContentFieldError Error(UniqueKey key, JsonObject data, string? holder, int? row = null)
    {
        var value = Readable(Value(data, key.ErrorField));
        var others = string.Join(", ", key.Fields.Take(key.Fields.Count - 1).Select(f => $"{f.Field.Name} '{Readable(Value(data, f))}'"));
        var single = key.Fields.Count == 1;
        var problem = (holder, row) switch
        {
            (_, { } r) => single ? new FieldProblem(FieldMessages.AlreadyInRow, value, r) : new FieldProblem(FieldMessages.AlreadyInRowWith, value, others, r),
            ({ } h, _) => single ? new FieldProblem(FieldMessages.AlreadyUsedBy, value, h) : new FieldProblem(FieldMessages.AlreadyUsedWithBy, value, others, h),
            _ => single ? new FieldProblem(FieldMessages.AlreadyTaken, value) : new FieldProblem(FieldMessages.AlreadyTakenWith, value, others),
        };
        return new ContentFieldError(key.ErrorField.Field.Name, problem);
    }

    private static JsonNode? Value(JsonObject data, ContentFieldReference field) => data[field.PartName]?[field.Field.Name];

    private static string Readable(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "";
}
