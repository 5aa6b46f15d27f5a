using System.Text.Json.Nodes;
using Crm.Contents.Models.Items;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Services.Items;

/// <summary>An item's fields (relations as links), its dates and its timeline, formatted for the reader.</summary>
public sealed class ItemDetailBuilder(ItemValueFormatter formatter, ItemFormBinder binder, ContentTimeline timeline, TenantDb db,
    TenantTimeZone timeZone, IStringLocalizer<ContentScreensText> text)
{
    private const int TimelineLength = 50;

    public async Task<ItemDetailPage> BuildAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentItem item, string? viewerId,
        bool canEdit, bool canDelete, string? notice, IReadOnlyList<ItemRelatedList> relatedLists, CancellationToken cancellationToken)
    {
        var zone = await timeZone.GetAsync(cancellationToken);
        var fields = new List<ItemDetailField>();
        foreach (var field in defs.FieldsOf(type))
        {
            var value = item.Value(field.PartName, field.Field.Name);
            var links = binder.KindOf(field) == "ContentPicker"
                ? await LinksAsync(binder.FromStored(field, value, zone).Values, cancellationToken)
                : [];
            fields.Add(new ItemDetailField(field.Field.DisplayName, formatter.Format(field, value, zone), links));
        }

        var rows = new List<ItemTimelineRow>();
        foreach (var entry in await timeline.ForItemAsync(item.Id, TimelineLength, 0, cancellationToken))
        {
            var at = ItemValueFormatter.Instant(entry.At, zone);
            if (entry.Kind == TimelineEntryKind.RelatedItem)
            {
                var related = new ItemOption($"/contents/{entry.ContentType}/{entry.ItemId}", entry.Detail);
                rows.Add(new ItemTimelineRow(at, null, entry.UserId, [], related, defs.FindType(entry.ContentType)?.DisplayName ?? entry.ContentType));
                continue;
            }
            var changes = (entry.Changes ?? []).Select(change => Change(defs, type, change.Key, change.Value, zone)).ToList();
            rows.Add(new ItemTimelineRow(at, text[entry.Detail], entry.UserId, changes, null, ""));
        }
        return new ItemDetailPage(type, item, fields, ItemValueFormatter.Instant(item.CreatedUtc, zone), ItemValueFormatter.Instant(item.ModifiedUtc, zone),
            viewerId is not null && viewerId == item.Owner, rows, canEdit, canDelete, notice, relatedLists);
    }

    private ItemChange Change(ContentDefinitions defs, ContentTypeDefinition type, string name, JsonNode? diff, TimeZoneInfo zone)
    {
        var field = defs.FindField(type, name);
        return new ItemChange(field?.Field.DisplayName ?? name,
            formatter.FormatAny(field, diff?["from"], zone), formatter.FormatAny(field, diff?["to"], zone));
    }

    private async Task<IReadOnlyList<ItemOption>> LinksAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var rows = await db.QueryAsync<(string Id, string ContentType, string DisplayText)>(
            $"SELECT id, content_type, display_text FROM content_items WHERE {db.Dialect.InList("id", "ids")}",
            new { ids = ids.Select(i => i.ToUpperInvariant()).ToArray() }, cancellationToken);
        return rows.Select(r => new ItemOption($"/contents/{r.ContentType}/{r.Id}", r.DisplayText)).ToList();
    }
}
