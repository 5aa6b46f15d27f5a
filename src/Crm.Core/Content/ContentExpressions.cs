using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content;

/// <summary>
/// The SQL expression that reads a field from an item's JSON. Indexes and filters use this one function, so a
/// filter's expression is exactly the indexed one and the planner can use the index.
/// Names come from validated definitions only.
/// </summary>
public static class ContentExpressions
{
    /// <param name="table">A table alias to qualify the JSON column with (relation hops); null for the indexed form.</param>
    public static string Field(ISqlDialect dialect, ContentFieldReference field, IContentFieldKind kind, string? table = null) =>
        At(dialect, field, kind.IndexProperty, kind.StorageFor(field.Field.Settings), Data(table));

    /// <summary>
    /// The same expression over another JSON document, e.g. <c>dialect.JsonParameter("data")</c>: an item about to be
    /// written, compared with the stored ones through exactly the indexed expression.
    /// </summary>
    public static string FieldOf(ISqlDialect dialect, ContentFieldReference field, IContentFieldKind kind, string document) =>
        At(dialect, field, kind.IndexProperty, kind.StorageFor(field.Field.Settings), document);

    /// <summary>
    /// A property of a field whose value is an object, other than the one it is indexed by (a money field's
    /// <c>Currency</c> beside its indexed <c>Amount</c>): for grouping and set-based sums over the same rows.
    /// </summary>
    public static string Property(ISqlDialect dialect, ContentFieldReference field, string property, FieldStorage storage, string? table = null) =>
        At(dialect, field, property, storage, Data(table));

    private static string Data(string? table) => table is null ? "data" : $"{SqlIdentifierOrThrow(table)}.data";

    private static string At(ISqlDialect dialect, ContentFieldReference field, string? property, FieldStorage storage, string data)
    {
        var path = new List<string> { SqlIdentifierOrThrow(field.PartName), SqlIdentifierOrThrow(field.Field.Name) };
        if (property is not null) path.Add(SqlIdentifierOrThrow(property));
        return dialect.Provider switch
        {
            DatabaseProvider.Sqlite => storage switch
            {
                FieldStorage.Number => $"CAST(json_extract({data}, '$.{string.Join('.', path)}') AS REAL)",
                _ => $"json_extract({data}, '$.{string.Join('.', path)}')",
            },
            _ => storage switch
            {
                FieldStorage.Number => $"(({data} #>> '{{{string.Join(',', path)}}}')::numeric)",
                FieldStorage.Boolean => $"(({data} #>> '{{{string.Join(',', path)}}}')::boolean)",
                FieldStorage.Json => $"({data} #> '{{{string.Join(',', path)}}}')",
                _ => $"({data} #>> '{{{string.Join(',', path)}}}')",
            },
        };
    }

    /// <summary>The partial-index predicate; queries repeat it literally so that the index applies.</summary>
    public static string TypePredicate(string typeName) => $"content_type = '{SqlIdentifierOrThrow(typeName)}' AND deleted_utc IS NULL";

    /// <summary>The same predicate on an aliased table, for a relation hop's subquery.</summary>
    public static string TypePredicate(string typeName, string table)
    {
        var t = SqlIdentifierOrThrow(table);
        return $"{t}.content_type = '{SqlIdentifierOrThrow(typeName)}' AND {t}.deleted_utc IS NULL";
    }

    private static string SqlIdentifierOrThrow(string name) => SqlIdentifier.Require(name);
}
