using System.Security.Cryptography;
using System.Text;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Store;

/// <summary>
/// Keeps the expression indexes of content_items in step with the definitions: one partial index per indexed
/// field (and relation field) and one per composite index, on the type's live items. Indexes it no longer
/// wants are dropped; it never touches indexes it did not create (prefix "cx_").
/// </summary>
public sealed class ContentIndexManager(TenantDb db, FieldKinds kinds)
{
    private const string Prefix = "cx_";

    public async Task SyncAsync(ContentDefinitions definitions, CancellationToken cancellationToken)
    {
        var wanted = Wanted(definitions).ToDictionary(i => i.Name);
        var existing = (await db.QueryAsync<string>(ExistingIndexesSql, new { prefix = Prefix + "%" }, cancellationToken)).ToHashSet();
        foreach (var name in existing.Where(n => !wanted.ContainsKey(n)))
        {
            await db.ExecuteAsync($"DROP INDEX IF EXISTS {name}", null, cancellationToken);
        }
        var created = 0;
        foreach (var index in wanted.Values.Where(i => !existing.Contains(i.Name)))
        {
            await db.ExecuteAsync($"CREATE INDEX {index.Name} ON content_items ({string.Join(", ", index.Columns)}) WHERE {ContentExpressions.TypePredicate(index.Type)}", null, cancellationToken);
            created++;
        }
        // Without statistics on the new expressions the planners guess (SQLite even prefers the generic type index):
        // gather them now, once per definition change that adds indexes.
        if (created > 0) await db.ExecuteAsync("ANALYZE content_items", null, cancellationToken);
    }

    /// <summary>The indexes the definitions call for, with stable names that encode their expressions.</summary>
    public IEnumerable<(string Name, string Type, IReadOnlyList<string> Columns)> Wanted(ContentDefinitions definitions)
    {
        foreach (var type in definitions.Types)
        {
            foreach (var field in definitions.FieldsOf(type))
            {
                var kind = kinds.Find(field.Field.Kind);
                if (kind is null || kind.StorageFor(field.Field.Settings) == FieldStorage.Json) continue;
                if (!field.Field.Settings.Indexed && kind is not ContentPickerFieldKind and not UserPickerFieldKind) continue;
                var columns = new[] { ContentExpressions.Field(db.Dialect, field, kind) };
                yield return (Name(type.Name, field.QualifiedName, columns), type.Name, columns);
            }
            foreach (var composite in type.Settings.CompositeIndexes)
            {
                var columns = composite.Fields.Select(IndexColumn.Parse).Select(c => Column(definitions, type, c)).ToList();
                yield return (Name(type.Name, composite.Name, columns), type.Name, columns);
            }
        }
    }

    private string Column(ContentDefinitions definitions, ContentTypeDefinition type, IndexColumn column)
    {
        var expression = ContentMetadata.Columns.TryGetValue(column.Field, out var metadata)
            ? metadata
            : definitions.FindField(type, column.Field) is { } field
                ? ContentExpressions.Field(db.Dialect, field, kinds.Get(field.Field.Kind))
                : throw new InvalidOperationException($"'{column.Field}' is not a field of {type.Name}.");
        return column.Descending ? expression + " DESC" : expression;
    }

    /// <summary>cx_{type}_{what}_{hash}: readable, under PostgreSQL's 63 characters, and new when the expression changes.</summary>
    private string Name(string type, string what, IReadOnlyList<string> columns)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db.Dialect.Provider + string.Join("|", columns))))[..8];
        var readable = $"{type}_{what.Replace('.', '_')}".ToLowerInvariant();
        if (readable.Length > 50) readable = readable[..50];
        return $"{Prefix}{readable}_{hash}";
    }

    private string ExistingIndexesSql => db.Dialect.Provider == DatabaseProvider.Sqlite
        ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'content_items' AND name LIKE @prefix"
        : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'content_items' AND indexname LIKE @prefix";
}
