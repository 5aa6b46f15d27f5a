using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Dapper;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Builds the SQL of a query: the type's partial-index predicate (literally <see cref="ContentExpressions.TypePredicate(string)"/>),
/// the filter, the keyset condition of the cursor, the ORDER BY over the sort keys and id, and the count.
/// </summary>
internal sealed class ContentQueryCompiler(ContentDefinitions definitions, FieldKinds kinds, ISqlDialect dialect, QueryClock clock)
{
    public CompiledContentQuery Compile(ContentQueryRequest request)
    {
        var (type, filter, keys, errors) = Bind(request);
        if (request.First is < 1 or > ContentQueryRequest.MaxPageSize) errors.Add(new FilterError("$.First", $"must be between 1 and {ContentQueryRequest.MaxPageSize}"));
        if (request.Last is < 1 or > ContentQueryRequest.MaxPageSize) errors.Add(new FilterError("$.Last", $"must be between 1 and {ContentQueryRequest.MaxPageSize}"));
        if (request.CountLimit < 1) errors.Add(new FilterError("$.CountLimit", "must be at least 1"));
        if (errors.Count > 0) throw new FilterException(errors);

        var parameters = new DynamicParameters();
        var compiler = new FilterSqlCompiler(dialect, parameters);
        var where = $"{ContentExpressions.TypePredicate(type.Name)} AND {compiler.Compile(filter)}";
        string? countSql = null;
        if (request.Count == CountMode.Exact) countSql = $"SELECT COUNT(*) FROM content_items WHERE {where}";
        if (request.Count == CountMode.Capped)
        {
            countSql = $"SELECT COUNT(*) FROM (SELECT 1 FROM content_items WHERE {where} LIMIT {compiler.Parameter(request.CountLimit + 1)}) counted";
        }
        // Backwards, the scan runs in the opposite order from the cursor; the caller reverses the rows it reads.
        var reversed = keys.Select(k => k with { Descending = !k.Descending }).ToList();
        var page = where;
        if (request.After is { } after) page += " AND " + Keyset(keys, KeysetCursor.Decode(after, type.Name, keys, "$.After"), compiler);
        if (request.Before is { } before) page += " AND " + Keyset(reversed, KeysetCursor.Decode(before, type.Name, keys, "$.Before"), compiler);
        var scan = request.IsBackward ? reversed : keys;
        var sql = $"SELECT {ContentManager.Columns} FROM content_items WHERE {page} ORDER BY {OrderBy(scan)} LIMIT {compiler.Parameter(request.PageSize + 1)}";
        return new CompiledContentQuery(type.Name, sql, countSql, parameters, keys, where);
    }

    /// <summary>
    /// The request's first page for each parent at once: a window over the items whose single-item relation points at
    /// one of the parents, ranked per parent in the request's order, cut after <see cref="ContentQueryRequest.First"/> + 1.
    /// </summary>
    public CompiledPerParentQuery CompilePerParent(ContentQueryRequest request, string relation, IReadOnlyCollection<string> parentIds)
    {
        var withParents = request with
        {
            Filter = new FilterAnd([
                request.Filter ?? new FilterAnd([]),
                new FilterComparison(relation, FilterOperator.In, new JsonArray(parentIds.Select(id => (JsonNode)JsonValue.Create(id)).ToArray()), "$.Relation", "$.ParentIds"),
            ]),
        };
        var (type, filter, keys, errors) = Bind(withParents);
        var target = new FieldResolver(definitions, kinds).Resolve(type, relation, allowHop: false, out var error);
        if (target is null) errors.Add(new FilterError("$.Relation", error!));
        else if (target.Kind is not ContentPickerFieldKind || target.Storage == FieldStorage.Json) errors.Add(new FilterError("$.Relation", $"'{relation}' is not a relation to a single item"));
        if (request.First is < 1 or > ContentQueryRequest.MaxPageSize) errors.Add(new FilterError("$.First", $"must be between 1 and {ContentQueryRequest.MaxPageSize}"));
        if (parentIds.Count == 0) errors.Add(new FilterError("$.ParentIds", "needs at least one parent id"));
        if (errors.Count > 0) throw new FilterException(errors);

        var parameters = new DynamicParameters();
        var compiler = new FilterSqlCompiler(dialect, parameters);
        var where = $"{ContentExpressions.TypePredicate(type.Name)} AND {compiler.Compile(filter)}";
        var parent = target!.Expression(dialect);
        var sql = $"SELECT {ContentManager.Columns} FROM (SELECT {ContentManager.Columns}, ROW_NUMBER() OVER (PARTITION BY {parent} ORDER BY {OrderBy(keys)}) AS crm_rank " +
                  $"FROM content_items WHERE {where}) ranked WHERE crm_rank <= {compiler.Parameter(request.First + 1)} ORDER BY crm_rank";
        var field = target.Field!;
        return new CompiledPerParentQuery(sql, parameters, item => item.Value(field.PartName, field.Field.Name)?.GetValue<string>());
    }

    private (ContentTypeDefinition Type, BoundFilter Filter, IReadOnlyList<SortKey> Keys, List<FilterError> Errors) Bind(ContentQueryRequest request)
    {
        var errors = new List<FilterError>();
        var type = definitions.FindType(request.ContentType)
            ?? throw new FilterException("$.ContentType", $"'{request.ContentType}' is not a content type; types: {string.Join(", ", definitions.Types.Select(t => t.Name))}");
        var binder = new FilterBinder(definitions, kinds, clock);
        var filter = binder.Bind(type, request.Filter ?? new FilterAnd([]));
        errors.AddRange(binder.Errors);
        var keys = new SortBinder(definitions, kinds, dialect).Bind(type, request.OrderBy, errors);
        return (type, filter, keys, errors);
    }

    private static string OrderBy(IEnumerable<SortKey> keys) => string.Join(", ", keys.Select(k => k.Expression + (k.Descending ? " DESC" : "")));

    /// <summary>
    /// Rows after the cursor in (k1, ..., id) order: k1 after v1, or k1 = v1 and k2 after v2, ... Empty values sort
    /// where each database puts them by default (first ascending on SQLite, last ascending on PostgreSQL), so the
    /// indexes still serve the ORDER BY; the conditions follow that order. NOT NULL columns get no NULL alternatives.
    /// </summary>
    private string Keyset(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, FilterSqlCompiler compiler)
    {
        var alternatives = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var terms = new List<string>();
            for (var j = 0; j < i; j++) terms.Add(Equal(keys[j], values[j], compiler));
            var after = After(keys[i], values[i], compiler);
            if (after is null) continue;
            terms.Add(after);
            alternatives.Add("(" + string.Join(" AND ", terms) + ")");
        }
        return alternatives.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", alternatives) + ")";
    }

    private static string Equal(SortKey key, object? value, FilterSqlCompiler compiler) =>
        value is null ? $"{key.Expression} IS NULL" : $"{key.Expression} = {compiler.Parameter(compiler.SqlValue(key.Target.Storage, value))}";

    private string? After(SortKey key, object? value, FilterSqlCompiler compiler)
    {
        var nullsFirst = key.Descending == (dialect.Provider == DatabaseProvider.Postgres);
        if (value is null) return nullsFirst ? $"{key.Expression} IS NOT NULL" : null;
        var comparison = $"{key.Expression} {(key.Descending ? "<" : ">")} {compiler.Parameter(compiler.SqlValue(key.Target.Storage, value))}";
        // A NOT NULL column (the primary key, the stamps) has no empty values to page into: the bare comparison, which the
        // database can seek in the column's index instead of filtering every row from the start of it.
        return nullsFirst || key.Target.IsNeverNull ? comparison : $"({comparison} OR {key.Expression} IS NULL)";
    }
}
