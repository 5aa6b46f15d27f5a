using System.Security.Cryptography;
using System.Text;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Store;

/// <summary>
/// Keeps the expression indexes of content_items in step with the definitions: one partial index per indexed
/// field (and relation field) and one per composite index, on the type's live items. Indexes it no longer
/// wants are dropped; it never touches indexes it did not create (prefix "cx_"). Unique keys (<see cref="ContentUniqueKeys"/>)
/// get unique indexes the same way; one is refused (a <see cref="ContentDefinitionException"/> naming the duplicates, so
/// the definition change does not happen) while live items already share its values.
/// On PostgreSQL it also keeps one statistics object per indexed field expression (prefix "cs_"): the planner reads no
/// statistics of a partial index's expressions, so without them it guesses (0.5 % of the rows for any "=", a third for
/// any range) and picks the wrong index on large tables.
/// </summary>
public sealed class ContentIndexManager(TenantDb db, FieldKinds kinds, ContentStatistics statistics, ContentUniqueKeys uniqueKeys)
{
    private const string Prefix = "cx_";
    private const string StatisticsPrefix = "cs_";

    public async Task SyncAsync(ContentDefinitions definitions, CancellationToken cancellationToken)
    {
        var wanted = Wanted(definitions).ToDictionary(i => i.Name);
        var wantedUnique = definitions.Types.SelectMany(t => uniqueKeys.Of(db.Dialect, definitions, t)).Select(k => k.IndexName).ToHashSet();
        var existing = (await db.QueryAsync<string>(ExistingIndexesSql, new { prefix = Prefix + "%" }, cancellationToken)).ToHashSet();
        foreach (var name in existing.Where(n => !wanted.ContainsKey(n) && !wantedUnique.Contains(n)))
        {
            await db.ExecuteAsync($"DROP INDEX IF EXISTS {name}", null, cancellationToken);
        }
        var created = 0;
        foreach (var index in wanted.Values.Where(i => !existing.Contains(i.Name)))
        {
            await db.ExecuteAsync($"CREATE INDEX {index.Name} ON content_items ({string.Join(", ", index.Columns)}) WHERE {ContentExpressions.TypePredicate(index.Type)}", null, cancellationToken);
            created++;
        }
        var unique = definitions.Types.SelectMany(t => uniqueKeys.Of(db.Dialect, definitions, t)).ToList();
        foreach (var key in unique.Where(k => !existing.Contains(k.IndexName)))
        {
            await RefuseDuplicatesAsync(definitions, key, cancellationToken);
            await db.ExecuteAsync($"CREATE UNIQUE INDEX {key.IndexName} ON content_items ({string.Join(", ", key.Columns)}) WHERE {ContentExpressions.TypePredicate(key.TypeName)}", null, cancellationToken);
            created++;
        }
        if (db.Dialect.Provider == DatabaseProvider.Postgres) created += await SyncStatisticsAsync(definitions, cancellationToken);
        // Without statistics on the new expressions the planners guess (SQLite even prefers the generic type index):
        // gather them now, once per definition change that adds indexes.
        if (created > 0) await statistics.RefreshAsync(cancellationToken);
    }

    /// <summary>
    /// The statistics objects the definitions call for (PostgreSQL): for each field expression any index of a type uses,
    /// the expression with content_type, so ANALYZE gathers the expression's values (most common ones, histogram) and
    /// how they go with the type — e.g. that "Status = Done" holds for 88 % of the activities, not 0.5 % of the rows.
    /// </summary>
    public IEnumerable<(string Name, string Expression)> WantedStatistics(ContentDefinitions definitions)
    {
        foreach (var type in definitions.Types)
        {
            var expressions = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, kind) in IndexedFields(definitions, type)) expressions.TryAdd(ContentExpressions.Field(db.Dialect, field, kind), field.QualifiedName);
            foreach (var column in type.Settings.CompositeIndexes.SelectMany(c => c.Fields).Select(IndexColumn.Parse))
            {
                if (ContentMetadata.IsColumn(column.Field) || definitions.FindField(type, column.Field) is not { } field) continue;
                expressions.TryAdd(ContentExpressions.Field(db.Dialect, field, kinds.Get(field.Field.Kind)), field.QualifiedName);
            }
            foreach (var (expression, field) in expressions) yield return (Name(StatisticsPrefix, type.Name, field, [expression]), expression);
        }
    }

    private async Task<int> SyncStatisticsAsync(ContentDefinitions definitions, CancellationToken cancellationToken)
    {
        var wanted = WantedStatistics(definitions).ToDictionary(s => s.Name, s => s.Expression);
        var existing = (await db.QueryAsync<string>(
            "SELECT stxname FROM pg_statistic_ext WHERE stxnamespace = current_schema()::regnamespace AND stxname LIKE @prefix",
            new { prefix = StatisticsPrefix + "%" }, cancellationToken)).ToHashSet();
        foreach (var name in existing.Where(n => !wanted.ContainsKey(n)))
        {
            await db.ExecuteAsync($"DROP STATISTICS IF EXISTS {name}", null, cancellationToken);
        }
        var created = 0;
        foreach (var (name, expression) in wanted.Where(s => !existing.Contains(s.Key)))
        {
            await db.ExecuteAsync($"CREATE STATISTICS {name} ON content_type, ({expression}) FROM content_items", null, cancellationToken);
            created++;
        }
        return created;
    }

    /// <summary>The indexes the definitions call for, with stable names that encode their expressions.</summary>
    public IEnumerable<(string Name, string Type, IReadOnlyList<string> Columns)> Wanted(ContentDefinitions definitions)
    {
        foreach (var type in definitions.Types)
        {
            foreach (var (field, kind) in IndexedFields(definitions, type))
            {
                var columns = new[] { ContentExpressions.Field(db.Dialect, field, kind) };
                yield return (Name(Prefix, type.Name, field.QualifiedName, columns), type.Name, columns);
            }
            foreach (var composite in type.Settings.CompositeIndexes)
            {
                var columns = composite.Fields.Select(IndexColumn.Parse).Select(c => Column(definitions, type, c)).ToList();
                yield return (Name(Prefix, type.Name, composite.Name, columns), type.Name, columns);
            }
        }
    }

    /// <summary>The fields with an index of their own: those marked indexed, and relations.</summary>
    private IEnumerable<(ContentFieldReference Field, IContentFieldKind Kind)> IndexedFields(ContentDefinitions definitions, ContentTypeDefinition type)
    {
        foreach (var field in definitions.FieldsOf(type))
        {
            var kind = kinds.Find(field.Field.Kind);
            if (kind is null || kind.StorageFor(field.Field.Settings) == FieldStorage.Json) continue;
            if (!field.Field.Settings.Indexed && kind is not ContentPickerFieldKind and not UserPickerFieldKind) continue;
            yield return (field, kind);
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

    /// <summary>
    /// Up to five groups of live items that share a unique key's values: the key cannot be enforced, and saying which
    /// items collide is what the admin needs to fix them (merge, change or delete, then declare the key again).
    /// </summary>
    private async Task RefuseDuplicatesAsync(ContentDefinitions definitions, UniqueKey key, CancellationToken cancellationToken)
    {
        var sqlite = db.Dialect.Provider == DatabaseProvider.Sqlite;
        var values = string.Join(", ", key.Fields.Select((f, i) => $"MIN(CAST({uniqueKeys.ReadableExpression(db.Dialect, f)} AS TEXT)) AS v{i}"));
        var ids = sqlite ? "group_concat(id, ' ')" : "string_agg(id, ' ')";
        var groups = await db.QueryAsync(
            $"SELECT {values}, COUNT(*) AS n, {ids} AS ids FROM content_items WHERE {ContentExpressions.TypePredicate(key.TypeName)} " +
            $"AND {string.Join(" AND ", key.Columns.Select(c => $"{c} IS NOT NULL"))} GROUP BY {string.Join(", ", key.Columns)} HAVING COUNT(*) > 1 LIMIT 5",
            null,
            row => (Values: Enumerable.Range(0, key.Fields.Count).Select(i => row.IsDBNull(i) ? "" : Convert.ToString(row.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                Count: Convert.ToInt64(row.GetValue(key.Fields.Count), System.Globalization.CultureInfo.InvariantCulture),
                Ids: row.GetString(key.Fields.Count + 1).Split(' ').Take(5).ToList()),
            cancellationToken);
        if (groups.Count == 0) return;
        var described = groups.Select(g => new FieldProblem(FieldMessages.SharedBy,
            string.Join(" + ", g.Values.Select(v => $"'{v}'")), g.Count, string.Join(", ", g.Ids) + (g.Count > g.Ids.Count ? ", …" : ""))).ToList();
        throw new ContentDefinitionException([new(key.Path, new FieldProblem(FieldMessages.CannotBeMadeUnique,
            key.TypeName, string.Join(" + ", key.Fields.Select(f => f.Field.Name)), described))]);
    }

    /// <summary>{prefix}{type}_{what}_{hash}: readable, under PostgreSQL's 63 characters, and new when the expression changes.</summary>
    private string Name(string prefix, string type, string what, IReadOnlyList<string> columns) => IndexName(db.Dialect, type, what, columns, prefix);

    /// <summary>The name of an index or statistics object the manager keeps (see <see cref="Name"/>).</summary>
    internal static string IndexName(ISqlDialect dialect, string type, string what, IReadOnlyList<string> columns, string prefix = Prefix)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dialect.Provider + string.Join("|", columns))))[..8];
        var readable = $"{type}_{what.Replace('.', '_')}".ToLowerInvariant();
        if (readable.Length > 50) readable = readable[..50];
        return $"{prefix}{readable}_{hash}";
    }

    private string ExistingIndexesSql => db.Dialect.Provider == DatabaseProvider.Sqlite
        ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'content_items' AND name LIKE @prefix"
        : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'content_items' AND indexname LIKE @prefix";
}
