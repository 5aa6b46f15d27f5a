using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Store;

/// <summary>Checks that changed content-picker values point at live items of an allowed type (one query per change or batch of changes).</summary>
public sealed class RelationChecker(TenantDb db, FieldKinds kinds)
{
    public async Task<IReadOnlyList<ContentFieldError>> CheckAsync(ContentDefinitions definitions, ContentChange change, CancellationToken cancellationToken) =>
        (await CheckManyAsync(definitions, [change], cancellationToken))[0];

    /// <summary>The relation errors of each change, in order, found with one query for the whole batch.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<ContentFieldError>>> CheckManyAsync(ContentDefinitions definitions, IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        var wanted = changes.Select(Wanted).ToList();
        var ids = wanted.SelectMany(w => w.Select(x => x.Id)).Distinct().ToArray();
        if (ids.Length == 0) return wanted.Select(_ => (IReadOnlyList<ContentFieldError>)[]).ToList();

        var found = (await db.QueryAsync<(string Id, string ContentType)>(
                $"SELECT id, content_type FROM content_items WHERE deleted_utc IS NULL AND {db.Dialect.InList("id", "ids")}",
                new { ids }, cancellationToken))
            .ToDictionary(r => r.Id, r => r.ContentType);
        return wanted.Select(w => Errors(w, found)).ToList();
    }

    private List<(ContentFieldReference Field, string Id)> Wanted(ContentChange change)
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
        return wanted;
    }

    private static IReadOnlyList<ContentFieldError> Errors(List<(ContentFieldReference Field, string Id)> wanted, Dictionary<string, string> found)
    {
        if (wanted.Count == 0) return [];
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
