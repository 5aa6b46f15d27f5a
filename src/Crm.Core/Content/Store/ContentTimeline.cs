using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Store;

/// <summary>
/// An item's timeline: its own history merged with the items that point at it through a relation field
/// (a customer's activities, tickets, deals), newest first, in pages. One query.
/// </summary>
public sealed class ContentTimeline(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds)
{
    public async Task<IReadOnlyList<TimelineEntry>> ForItemAsync(string itemId, int limit = 50, int offset = 0, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > 500) throw new ArgumentOutOfRangeException(nameof(limit), limit, "A timeline page has 1 to 500 entries.");
        if (offset < 0) throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset cannot be negative.");
        var id = itemId.ToUpperInvariant();
        var type = await db.QuerySingleOrDefaultAsync<string>("SELECT content_type FROM content_items WHERE id = @id", new { id }, cancellationToken)
            ?? throw new ContentNotFoundException(itemId);
        var defs = await definitions.GetAsync(cancellationToken);

        var related = RelationsTo(defs, type).ToList();
        var sql = "SELECT 'change' AS source, at_utc AS at, item_id AS item_id, content_type, action AS detail, version, user_id, changes AS payload, id AS seq " +
                  "FROM content_history WHERE item_id = @id";
        if (related.Count > 0)
        {
            sql += " UNION ALL SELECT 'related', created_utc, id, content_type, display_text, version, owner, NULL, 0 FROM content_items " +
                   $"WHERE deleted_utc IS NULL AND ({string.Join(" OR ", related)})";
        }
        sql += $" ORDER BY at DESC, seq DESC, item_id DESC {db.Dialect.Paging("limit", "offset")}";

        var rows = await db.QueryAsync<TimelineRow>(sql, new { id, limit, offset }, cancellationToken);
        return rows.Select(r => r.ToEntry()).ToList();
    }

    /// <summary>SQL conditions "this item's relation field holds @id", one per relation field that may point at the type.</summary>
    private IEnumerable<string> RelationsTo(ContentDefinitions defs, string typeName)
    {
        foreach (var type in defs.Types)
        {
            foreach (var field in defs.FieldsOf(type).Where(f => f.Field.Settings.RelatedTypes.Contains(typeName, StringComparer.OrdinalIgnoreCase)))
            {
                var kind = kinds.Get(field.Field.Kind);
                var expression = ContentExpressions.Field(db.Dialect, field, kind);
                var holds = kind.StorageFor(field.Field.Settings) != FieldStorage.Json
                    ? $"{expression} = @id"
                    : db.Dialect.Provider == DatabaseProvider.Sqlite
                        ? $"EXISTS (SELECT 1 FROM json_each({expression}) WHERE value = @id)"
                        : $"{expression} @> to_jsonb(CAST(@id AS text))";
                yield return $"({ContentExpressions.TypePredicate(type.Name)} AND {holds})";
            }
        }
    }

    private sealed class TimelineRow
    {
        public string Source { get; set; } = "";
        public string At { get; set; } = "";
        public string ItemId { get; set; } = "";
        public string ContentType { get; set; } = "";
        public string Detail { get; set; } = "";
        public int Version { get; set; }
        public string? UserId { get; set; }
        public string? Payload { get; set; }

        public TimelineEntry ToEntry() => new(
            Source == "change" ? TimelineEntryKind.Change : TimelineEntryKind.RelatedItem,
            DateTimeOffset.Parse(At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            ItemId, ContentType, Detail, Version, UserId,
            Payload is null ? null : JsonNode.Parse(Payload)!.AsObject());
    }
}
