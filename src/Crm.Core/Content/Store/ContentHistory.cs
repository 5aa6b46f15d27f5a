using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Data;

namespace Crm.Core.Content.Store;

/// <summary>The item's timeline: who changed what, when, field by field (old and new value).</summary>
public sealed class ContentHistory(TenantDb db)
{
    private static readonly string[] Columns = ["item_id", "content_type", "version", "action", "user_id", "at_utc", "changes"];

    public async Task RecordAsync(ContentItem item, ContentEventKind kind, ContentItem? before, IReadOnlyList<ContentFieldReference> changed,
        string? userId, CancellationToken cancellationToken)
    {
        var changes = Changes(item, before, changed);
        await db.ExecuteAsync(
            "INSERT INTO content_history (item_id, content_type, version, action, user_id, at_utc, changes) VALUES (@Id, @ContentType, @Version, @Action, @UserId, @At, @Changes)",
            new
            {
                item.Id, item.ContentType, item.Version, Action = kind.ToString(), UserId = userId,
                At = ContentManager.Timestamp(item.ModifiedUtc), Changes = changes.ToJsonString(ContentJson.Options),
            }, cancellationToken);
    }

    /// <summary>Appends many entries at once (imports, merges), with multi-row inserts.</summary>
    public Task AppendAsync(IReadOnlyList<ContentHistoryEntry> entries, CancellationToken cancellationToken) =>
        BulkInsert.ExecuteAsync(db, "content_history", Columns, new HashSet<string>(), entries.Select(e => new object?[]
        {
            e.ItemId, e.ContentType, e.Version, e.Action.ToString(), e.UserId, ContentManager.Timestamp(e.AtUtc), e.Changes.ToJsonString(ContentJson.Options),
        }).ToList(), cancellationToken);

    /// <summary>Per changed field ("Part.Field"): <c>{ "from": ..., "to": ... }</c>.</summary>
    public static JsonObject Changes(ContentItem item, ContentItem? before, IReadOnlyList<ContentFieldReference> changed)
    {
        var changes = new JsonObject();
        foreach (var field in changed)
        {
            changes[field.QualifiedName] = new JsonObject
            {
                ["from"] = before?.Value(field.PartName, field.Field.Name)?.DeepClone(),
                ["to"] = item.Value(field.PartName, field.Field.Name)?.DeepClone(),
            };
        }
        return changes;
    }

    /// <summary>The item's own history, newest first.</summary>
    public async Task<IReadOnlyList<ContentHistoryEntry>> ForItemAsync(string itemId, int limit = 50, CancellationToken cancellationToken = default)
    {
        var rows = await db.QueryAsync<HistoryRow>(
            $"SELECT item_id, content_type, version, action, user_id, at_utc, changes FROM content_history WHERE item_id = @itemId ORDER BY id DESC {db.Dialect.Paging("limit", "offset")}",
            new { itemId = itemId.ToUpperInvariant(), limit, offset = 0 }, cancellationToken);
        return rows.Select(r => r.ToEntry()).ToList();
    }

    private sealed class HistoryRow
    {
        public string ItemId { get; set; } = "";
        public string ContentType { get; set; } = "";
        public int Version { get; set; }
        public string Action { get; set; } = "";
        public string? UserId { get; set; }
        public string AtUtc { get; set; } = "";
        public string Changes { get; set; } = "{}";

        public ContentHistoryEntry ToEntry() => new(ItemId, ContentType, Version, Enum.Parse<ContentEventKind>(Action), UserId,
            DateTimeOffset.Parse(AtUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), JsonNode.Parse(Changes)!.AsObject());
    }
}
