using Crm.Core.Settings;
using System.Text.Json.Nodes;
using Crm.Contents.Models.Items;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Services.Items;

/// <summary>An item's fields (relations as links), its dates and its timeline, formatted for the reader.</summary>
public sealed class ItemDetailBuilder(ItemValueFormatter formatter, ItemFormBinder binder, ItemNameLookup nameLookup, ContentTimeline timeline, TenantDb db,
    TenantTimeZone timeZone, IStringLocalizer<ContentScreensText> text, ContentAuthorizer authorizer, IHttpContextAccessor http)
{
    private const int TimelineLength = 50;

    public async Task<ItemDetailPage> BuildAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentItem item, string? viewerId,
        bool canEdit, bool canDelete, string? notice, IReadOnlyList<ItemRelatedList> relatedLists, CancellationToken cancellationToken)
    {
        var zone = await timeZone.GetAsync(cancellationToken);
        var entries = await timeline.ForItemAsync(item.Id, TimelineLength, 0, cancellationToken);
        var names = await nameLookup.ForAsync(
            defs.FieldsOf(type).Select(f => (f, item.Value(f.PartName, f.Field.Name)))
                .Concat(entries.SelectMany(e => e.Changes ?? []).SelectMany(c => defs.FindField(type, c.Key) is { } f ? [(f, c.Value?["from"]), (f, c.Value?["to"])] : Array.Empty<(ContentFieldReference, JsonNode?)>())),
            [], cancellationToken);
        var fields = new List<ItemDetailField>();
        foreach (var field in defs.FieldsOf(type))
        {
            var value = item.Value(field.PartName, field.Field.Name);
            var links = binder.KindOf(field) == "ContentPicker"
                ? await LinksAsync(binder.FromStored(field, value, zone).Values, cancellationToken)
                : [];
            fields.Add(new ItemDetailField(field.Field.DisplayName, formatter.Format(field, value, zone, names), links));
        }

        var rows = new List<ItemTimelineRow>();
        var scopes = new Dictionary<string, ContentScope>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var at = ItemValueFormatter.Instant(entry.At, zone);
            if (entry.Kind == TimelineEntryKind.RelatedItem)
            {
                // A related item shows only to readers who may see it (its owner is the entry's user).
                if (!await MayViewAsync(defs, entry.ContentType, entry.UserId, viewerId, scopes, cancellationToken)) continue;
                var related = new ItemOption($"/contents/{entry.ContentType}/{entry.ItemId}", entry.Detail);
                rows.Add(new ItemTimelineRow(at, null, entry.UserId, [], related, defs.FindType(entry.ContentType)?.DisplayName ?? entry.ContentType));
                continue;
            }
            var changes = (entry.Changes ?? []).Select(change => Change(defs, type, change.Key, change.Value, zone, names)).ToList();
            rows.Add(new ItemTimelineRow(at, text[entry.Detail], entry.UserId, changes, null, ""));
        }
        return new ItemDetailPage(type, item, fields, ItemValueFormatter.Instant(item.CreatedUtc, zone), ItemValueFormatter.Instant(item.ModifiedUtc, zone),
            viewerId is not null && viewerId == item.Owner, rows, canEdit, canDelete, notice, relatedLists);
    }

    private async Task<bool> MayViewAsync(ContentDefinitions defs, string typeName, string? owner, string? viewerId,
        Dictionary<string, ContentScope> scopes, CancellationToken cancellationToken)
    {
        if (defs.FindType(typeName) is not { } relatedType || http.HttpContext?.User is not { } user) return false;
        if (!scopes.TryGetValue(typeName, out var scope))
        {
            scope = await authorizer.ViewScopeAsync(user, relatedType, cancellationToken);
            scopes[typeName] = scope;
        }
        return scope == ContentScope.All || (scope == ContentScope.Own && owner is not null && owner == viewerId);
    }

    private ItemChange Change(ContentDefinitions defs, ContentTypeDefinition type, string name, JsonNode? diff, TimeZoneInfo zone, ItemNames names)
    {
        var field = defs.FindField(type, name);
        return new ItemChange(field?.Field.DisplayName ?? name,
            formatter.FormatAny(field, diff?["from"], zone, names), formatter.FormatAny(field, diff?["to"], zone, names));
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
