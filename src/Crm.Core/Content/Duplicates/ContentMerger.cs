using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Microsoft.AspNetCore.Http;

namespace Crm.Core.Content.Duplicates;

/// <summary>
/// Merges a duplicate into the item that stays, in one transaction: fields empty on the kept item are filled from the
/// merged one (or each field as chosen), every content picker in any item that points at the merged item is re-pointed
/// (one UPDATE per picker field), the merged item goes to the recycle bin, and both items' history stays, with a
/// "Merged" entry on each. Re-pointed items get a new version and an Updated history entry; content handlers do not run for
/// them, merge handlers (<see cref="IContentMergeHandler"/>) are told of the merge instead.
/// </summary>
public sealed class ContentMerger(
    TenantDb db,
    ContentDefinitionManager definitions,
    ContentManager content,
    ContentHistory history,
    FieldKinds kinds,
    IHttpContextAccessor http,
    IEnumerable<IContentMergeHandler> mergeHandlers,
    TimeProvider clock)
{
    /// <param name="choices">Per field ("Email" or "Part.Email"): which item's value to keep; unset fields keep the kept item's value unless it is empty.</param>
    /// <returns>The kept item after the merge.</returns>
    public async Task<ContentItem> MergeAsync(string keepId, int keepVersion, string mergeId, int mergeVersion,
        IReadOnlyDictionary<string, MergeSide>? choices = null, CancellationToken cancellationToken = default)
    {
        if (string.Equals(keepId, mergeId, StringComparison.OrdinalIgnoreCase)) throw new ArgumentException($"Item {keepId} cannot be merged into itself.", nameof(mergeId));
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var keep = await content.GetAsync(keepId, cancellationToken: cancellationToken) ?? throw new ContentNotFoundException(keepId);
        var merge = await content.GetAsync(mergeId, cancellationToken: cancellationToken) ?? throw new ContentNotFoundException(mergeId);
        if (keep.Version != keepVersion) throw new ContentConcurrencyException(keep.Id, keepVersion, keep.Version);
        if (merge.Version != mergeVersion) throw new ContentConcurrencyException(merge.Id, mergeVersion, merge.Version);
        if (keep.ContentType != merge.ContentType)
        {
            throw new ContentValidationException(keep.ContentType, [new ContentFieldError("ContentType", new FieldProblem(FieldMessages.CannotMerge, merge.ContentType, keep.ContentType))]);
        }
        var defs = await definitions.GetAsync(cancellationToken);
        var type = defs.FindType(keep.ContentType) ?? throw new ContentNotFoundException(keep.ContentType);

        var values = TakenValues(defs, type, keep, merge, choices ?? new Dictionary<string, MergeSide>());
        if (values.Count > 0) await content.UpdateAsync(keep.Id, values, keepVersion, cancellationToken);
        var now = clock.GetUtcNow();
        var user = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var repointed = await RepointAsync(defs, keep, merge, now, user, cancellationToken);
        var deleted = await content.DeleteAsync(merge.Id, mergeVersion, cancellationToken);
        foreach (var handler in mergeHandlers)
        {
            // Read again for each: a handler may save the kept item (sums over what now points at it).
            var current = await content.GetAsync(keep.Id, cancellationToken: cancellationToken) ?? throw new ContentNotFoundException(keep.Id);
            await handler.MergedAsync(current, deleted, cancellationToken);
        }
        var kept = await content.GetAsync(keep.Id, cancellationToken: cancellationToken) ?? throw new ContentNotFoundException(keep.Id);

        await history.AppendAsync(
        [
            new ContentHistoryEntry(kept.Id, kept.ContentType, kept.Version, ContentEventKind.Merged, user, now,
                new JsonObject { ["MergedFrom"] = new JsonObject { ["from"] = null, ["to"] = merge.Id }, ["RepointedRelations"] = new JsonObject { ["from"] = null, ["to"] = repointed } }),
            new ContentHistoryEntry(deleted.Id, deleted.ContentType, deleted.Version, ContentEventKind.Merged, user, now,
                new JsonObject { ["MergedInto"] = new JsonObject { ["from"] = null, ["to"] = keep.Id } }),
        ], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return kept;
    }

    private static JsonObject TakenValues(ContentDefinitions defs, ContentTypeDefinition type, ContentItem keep, ContentItem merge, IReadOnlyDictionary<string, MergeSide> choices)
    {
        var chosen = new Dictionary<ContentFieldReference, MergeSide>();
        var errors = new List<ContentFieldError>();
        foreach (var (name, side) in choices)
        {
            if (defs.FindField(type, name) is { } field) chosen[field] = side;
            else errors.Add(new ContentFieldError(name, new FieldProblem(FieldMessages.NotAField, type.Name)));
        }
        if (errors.Count > 0) throw new ContentValidationException(type.Name, errors);

        var values = new JsonObject();
        foreach (var field in defs.FieldsOf(type))
        {
            var kept = keep.Value(field.PartName, field.Field.Name);
            var merged = merge.Value(field.PartName, field.Field.Name);
            var side = chosen.TryGetValue(field, out var choice) ? choice : IsEmpty(kept) && !IsEmpty(merged) ? MergeSide.Merged : MergeSide.Kept;
            if (side == MergeSide.Merged && !JsonNode.DeepEquals(kept, merged)) values[field.QualifiedName] = merged?.DeepClone();
        }
        return values;
    }

    private async Task<int> RepointAsync(ContentDefinitions defs, ContentItem keep, ContentItem merge, DateTimeOffset now, string? user, CancellationToken cancellationToken)
    {
        var entries = new List<ContentHistoryEntry>();
        foreach (var type in defs.Types)
        {
            foreach (var field in defs.FieldsOf(type))
            {
                if (kinds.Find(field.Field.Kind) is not ContentPickerFieldKind kind
                    || !field.Field.Settings.RelatedTypes.Contains(keep.ContentType, StringComparer.OrdinalIgnoreCase)) continue;
                var rows = await db.QueryAsync<RepointedRow>(RepointSql(field, kind), new { keep = keep.Id, merge = merge.Id, now = ContentManager.Timestamp(now) }, cancellationToken);
                entries.AddRange(rows.Select(r => new ContentHistoryEntry(r.Id, type.Name, r.Version, ContentEventKind.Updated, user, now,
                    new JsonObject { [field.QualifiedName] = new JsonObject { ["from"] = merge.Id, ["to"] = keep.Id } })));
            }
        }
        await history.AppendAsync(entries, cancellationToken);
        return entries.Count;
    }

    /// <summary>One UPDATE for one picker field of one type: the merged id becomes the kept id (a list keeps its order and no id twice).</summary>
    private string RepointSql(ContentFieldReference field, ContentPickerFieldKind kind)
    {
        var sqlite = db.Dialect.Provider == DatabaseProvider.Sqlite;
        var jsonPath = $"$.{field.PartName}.{field.Field.Name}";
        var pgPath = $"{{{field.PartName},{field.Field.Name}}}";
        string value, match;
        if (!field.Field.Settings.Multiple)
        {
            value = sqlite ? $"json_set(data, '{jsonPath}', @keep)" : $"jsonb_set(data, '{pgPath}', to_jsonb(CAST(@keep AS text)))";
            match = $"{ContentExpressions.Field(db.Dialect, field, kind)} = @merge";
        }
        else if (sqlite)
        {
            value = $"json_set(data, '{jsonPath}', json((SELECT json_group_array(v) FROM (SELECT CASE WHEN value = @merge THEN @keep ELSE value END AS v, MIN(key) AS k " +
                    $"FROM json_each(content_items.data, '{jsonPath}') GROUP BY 1 ORDER BY k))))";
            match = $"EXISTS (SELECT 1 FROM json_each(content_items.data, '{jsonPath}') WHERE value = @merge)";
        }
        else
        {
            value = $"jsonb_set(data, '{pgPath}', (SELECT jsonb_agg(v ORDER BY k) FROM (SELECT CASE WHEN e.value = @merge THEN @keep ELSE e.value END AS v, MIN(e.ord) AS k " +
                    $"FROM jsonb_array_elements_text(content_items.data #> '{pgPath}') WITH ORDINALITY AS e(value, ord) GROUP BY 1) s))";
            match = $"{ContentExpressions.Field(db.Dialect, field, kind)} @> jsonb_build_array(CAST(@merge AS text))";
        }
        // Items in the recycle bin are re-pointed too, so that one restored later does not point at the merged item.
        return $"UPDATE content_items SET data = {value}, version = version + 1, modified_utc = @now " +
               $"WHERE content_type = '{SqlIdentifier.Require(field.TypeName)}' AND id <> @merge AND {match} RETURNING id, version";
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null
        || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()))
        || value is JsonArray { Count: 0 };

    private sealed class RepointedRow
    {
        public string Id { get; set; } = "";
        public int Version { get; set; }
    }
}
