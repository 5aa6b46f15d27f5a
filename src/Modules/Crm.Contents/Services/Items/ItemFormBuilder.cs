using Crm.Contents.Models.Items;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Data;

namespace Crm.Contents.Services.Items;

/// <summary>Builds the create/edit form: one widget per field with its value, errors and options.</summary>
public sealed class ItemFormBuilder(ItemFormBinder binder, TenantDb db)
{
    /// <summary>A relation's select lists this many items; others can still be typed as ids.</summary>
    public const int MaxRelationOptions = 200;

    public async Task<IReadOnlyList<ItemFormField>> FieldsAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentItem? item,
        IReadOnlyDictionary<string, PostedField>? posted, IReadOnlyDictionary<string, List<string>> errors, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var fields = new List<ItemFormField>();
        foreach (var field in defs.EditableFieldsOf(type))
        {
            var kind = binder.KindOf(field);
            var value = posted?.GetValueOrDefault(field.QualifiedName)
                        ?? (item is null ? binder.FromStored(field, field.Field.Settings.Default, zone) : binder.FromStored(field, item.Value(field.PartName, field.Field.Name), zone));
            IReadOnlyList<ItemOption> options = kind switch
            {
                "Choice" => field.Field.Settings.Options.Select(o => new ItemOption(o.Value, o.Label)).ToList(),
                "ContentPicker" => await RelatedAsync(field.Field.Settings.RelatedTypes, value.Values, cancellationToken),
                _ => [],
            };
            fields.Add(new ItemFormField(field, kind, value, errors.GetValueOrDefault(field.QualifiedName) ?? [], options));
        }
        return fields;
    }

    /// <summary>Live items of the related types by display text, plus the selected ones so an edit never drops them.</summary>
    private async Task<IReadOnlyList<ItemOption>> RelatedAsync(IReadOnlyList<string> types, IReadOnlyList<string> selected, CancellationToken cancellationToken)
    {
        if (types.Count == 0) return [];
        var rows = await db.QueryAsync<(string Id, string DisplayText)>(
            // The dialect's list test: PostgreSQL takes the list as one array parameter, which "IN @types" is not.
            $"SELECT id, display_text FROM content_items WHERE deleted_utc IS NULL AND {db.Dialect.InList("content_type", "types")} ORDER BY display_text, id LIMIT {MaxRelationOptions}",
            new { types = types.ToArray() }, cancellationToken);
        var options = rows.Select(r => new ItemOption(r.Id, r.DisplayText)).ToList();
        var missing = selected.Where(id => options.All(o => !string.Equals(o.Value, id, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            var found = await db.QueryAsync<(string Id, string DisplayText)>(
                $"SELECT id, display_text FROM content_items WHERE {db.Dialect.InList("id", "ids")}", new { ids = missing.Select(m => m.ToUpperInvariant()).ToArray() }, cancellationToken);
            options.InsertRange(0, missing.Select(id => new ItemOption(id, found.FirstOrDefault(f => f.Id == id.ToUpperInvariant()).DisplayText ?? id)));
        }
        return options;
    }
}
