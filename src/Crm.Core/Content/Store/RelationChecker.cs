using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Store;

/// <summary>Checks that changed content-picker values point at live items of an allowed type (one query per change).</summary>
public sealed class RelationChecker(TenantDb db, FieldKinds kinds)
{
    public async Task<IReadOnlyList<ContentFieldError>> CheckAsync(ContentDefinitions definitions, ContentChange change, CancellationToken cancellationToken)
    {
        var wanted = new List<(ContentFieldReference Field, string Id)>();
        foreach (var field in change.ChangedFields.Where(f => kinds.Find(f.Field.Kind) is ContentPickerFieldKind))
        {
            switch (change.Data[field.PartName]?[field.Field.Name])
            {
                case JsonArray ids:
                    wanted.AddRange(ids.Select(id => (field, id!.GetValue<string>())));
                    break;
                case JsonValue id:
                    wanted.Add((field, id.GetValue<string>()));
                    break;
            }
        }
        if (wanted.Count == 0) return [];

        var found = (await db.QueryAsync<(string Id, string ContentType)>(
                $"SELECT id, content_type FROM content_items WHERE deleted_utc IS NULL AND {db.Dialect.InList("id", "ids")}",
                new { ids = wanted.Select(w => w.Id).Distinct().ToArray() }, cancellationToken))
            .ToDictionary(r => r.Id, r => r.ContentType);
        var errors = new List<ContentFieldError>();
        foreach (var (field, id) in wanted)
        {
            if (!found.TryGetValue(id, out var type)) errors.Add(new ContentFieldError(field.Field.Name, new FieldProblem(FieldMessages.ItemMissing, id)));
            else if (!field.Field.Settings.RelatedTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new ContentFieldError(field.Field.Name, new FieldProblem(FieldMessages.ItemWrongType, id, type, string.Join(" or ", field.Field.Settings.RelatedTypes))));
            }
        }
        return errors;
    }
}
