using System.Text.Json;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Tenants;

namespace Crm.Core.Content.Definitions;

/// <summary>
/// The one service that reads and changes a tenant's content definitions (used by recipes, the type editor and
/// the API). Changes are validated as a whole, stored as one document, indexes follow in the same transaction,
/// and every node sees the new definitions through the tenant cache.
/// </summary>
public sealed class ContentDefinitionManager(TenantDb db, TenantCache cache, ContentDefinitionValidator validator, ContentIndexManager indexes)
{
    private const string CacheKey = "content-definitions";
    private static readonly JsonSerializerOptions Json = ContentJson.Options;

    public async Task<ContentDefinitions> GetAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey, LoadAsync, cancellationToken);

    /// <summary>Applies a change to the current definitions and saves the result (or throws with every problem).</summary>
    public async Task<ContentDefinitions> AlterAsync(Func<ContentDefinitions, ContentDefinitions> change, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var next = change(await LoadAsync(cancellationToken));
        var errors = validator.Validate(next);
        if (errors.Count > 0) throw new ContentDefinitionException(errors);

        var document = JsonSerializer.Serialize(new DefinitionDocument(next.Types, next.Parts), Json);
        var updated = await db.ExecuteAsync("UPDATE content_definitions SET document = @document, version = version + 1 WHERE id = 1", new { document }, cancellationToken);
        if (updated == 0) await db.ExecuteAsync("INSERT INTO content_definitions (id, document, version) VALUES (1, @document, 1)", new { document }, cancellationToken);
        await indexes.SyncAsync(next, cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return next;
    }

    /// <summary>Removes a type; refused while it has items (live or in the recycle bin) unless forced, which deletes them.</summary>
    public async Task RemoveTypeAsync(string name, bool force, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var definitions = await LoadAsync(cancellationToken);
        var type = definitions.FindType(name) ?? throw new ContentDefinitionException([new(name, $"type '{name}' is not defined")]);
        var items = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_items WHERE content_type = @name", new { name = type.Name }, cancellationToken);
        if (items > 0 && !force)
        {
            throw new ContentDefinitionException([new(type.Name, $"type '{type.Name}' still has {items} item(s); remove them first or force the removal")]);
        }
        var pointing = definitions.Parts.SelectMany(p => p.Fields.Select(f => (Part: p, Field: f)))
            .Where(x => x.Field.Settings.RelatedTypes.Contains(type.Name, StringComparer.OrdinalIgnoreCase))
            .Select(x => $"{x.Part.Name}.{x.Field.Name}").ToList();
        if (pointing.Count > 0) throw new ContentDefinitionException([new(type.Name, $"fields still point at '{type.Name}': {string.Join(", ", pointing)}")]);

        await db.ExecuteAsync("DELETE FROM content_items WHERE content_type = @name", new { name = type.Name }, cancellationToken);
        await AlterAsync(d => d.WithoutType(type.Name), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Takes a field off its part; stored values stay in the items until <see cref="PurgeFieldAsync"/>. The field
    /// leaves the types' list columns; a composite index or kanban board that uses it must be changed first.
    /// </summary>
    public Task<ContentDefinitions> RemoveFieldAsync(string partName, string fieldName, CancellationToken cancellationToken = default) =>
        AlterAsync(definitions =>
        {
            var part = definitions.FindPart(partName) ?? throw new ContentDefinitionException([new(partName, $"part '{partName}' is not defined")]);
            var field = part.Fields.FirstOrDefault(f => string.Equals(f.Name, fieldName, StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentDefinitionException([new($"{part.Name}.{fieldName}", $"field '{fieldName}' is not defined")]);
            var result = definitions.With(part with
            {
                Fields = part.Fields.Where(f => f != field).ToList(),
                RemovedFields = part.RemovedFields.Append(field.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            });
            foreach (var type in result.Types.Where(t => t.Parts.Any(p => string.Equals(p.PartName, part.Name, StringComparison.OrdinalIgnoreCase))))
            {
                bool Names(string column) =>
                    string.Equals(column, field.Name, StringComparison.OrdinalIgnoreCase) || column.EndsWith("." + field.Name, StringComparison.OrdinalIgnoreCase);
                var users = type.Settings.CompositeIndexes.Where(i => i.Fields.Any(f => Names(IndexColumn.Parse(f).Field))).Select(i => $"index {i.Name}")
                    .Concat(type.Settings.KanbanField is { } kanban && Names(kanban) ? ["the kanban board"] : [])
                    .ToList();
                if (users.Count > 0)
                {
                    throw new ContentDefinitionException([new($"{part.Name}.{field.Name}", $"{type.Name} uses the field in {string.Join(" and ", users)}; change that first")]);
                }
                result = result.With(type with { Settings = type.Settings with { ListColumns = type.Settings.ListColumns.Where(c => !Names(c)).ToList() } });
            }
            return result;
        }, cancellationToken);

    /// <summary>Deletes the stored values of a removed field from every item that has them.</summary>
    public async Task<int> PurgeFieldAsync(string partName, string fieldName, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var definitions = await LoadAsync(cancellationToken);
        var part = definitions.FindPart(partName);
        if (part is null || !part.RemovedFields.Contains(fieldName, StringComparer.OrdinalIgnoreCase))
        {
            throw new ContentDefinitionException([new($"{partName}.{fieldName}", "only a removed field can be purged")]);
        }
        var types = definitions.Types.Where(t => t.Parts.Any(p => string.Equals(p.PartName, part.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        var purged = 0;
        foreach (var type in types)
        {
            foreach (var typePart in type.Parts.Where(p => string.Equals(p.PartName, part.Name, StringComparison.OrdinalIgnoreCase)))
            {
                var path = $"{SqlIdentifier.Require(typePart.Name)}.{SqlIdentifier.Require(fieldName)}";
                purged += await db.ExecuteAsync(db.Dialect.Provider == DatabaseProvider.Sqlite
                        ? $"UPDATE content_items SET data = json_remove(data, '$.{path}') WHERE content_type = @type AND json_type(data, '$.{path}') IS NOT NULL"
                        : $"UPDATE content_items SET data = data #- '{{{path.Replace('.', ',')}}}' WHERE content_type = @type AND data #> '{{{path.Replace('.', ',')}}}' IS NOT NULL",
                    new { type = type.Name }, cancellationToken);
            }
        }
        await AlterAsync(d => d.With(part with { RemovedFields = part.RemovedFields.Where(f => !string.Equals(f, fieldName, StringComparison.OrdinalIgnoreCase)).ToList() }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return purged;
    }

    private async Task<ContentDefinitions> LoadAsync(CancellationToken cancellationToken)
    {
        var document = await db.QuerySingleOrDefaultAsync<string>("SELECT document FROM content_definitions WHERE id = 1", null, cancellationToken);
        if (document is null) return ContentDefinitions.Empty;
        var parsed = JsonSerializer.Deserialize<DefinitionDocument>(document, Json)!;
        return new ContentDefinitions(parsed.Types, parsed.Parts);
    }

    private sealed record DefinitionDocument(IReadOnlyList<ContentTypeDefinition> Types, IReadOnlyList<ContentPartDefinition> Parts);
}
