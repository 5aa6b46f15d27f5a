using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Dapper;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Turns a bound filter into a parameterised WHERE clause. Field expressions come from <see cref="ContentExpressions.Field"/>
/// (the indexed expressions); values are always parameters. A relation hop becomes
/// <c>picker IN (SELECT r.id FROM content_items r WHERE {target type, live} AND {condition on r})</c>, so both the picker's
/// index and the target field's index can serve it.
/// </summary>
internal sealed class FilterSqlCompiler(ISqlDialect dialect, DynamicParameters parameters)
{
    private const string HopAlias = "r";
    private int _next;

    public string Compile(BoundFilter filter) => Compile(filter, null);

    public string Parameter(object? value)
    {
        var name = "p" + _next++;
        parameters.Add(name, value);
        return "@" + name;
    }

    /// <summary>A value as the dialect compares it with a field of this storage (SQLite compares REAL with doubles).</summary>
    public object? SqlValue(FieldStorage storage, object? value) =>
        value is decimal number && storage == FieldStorage.Number && dialect.Provider == DatabaseProvider.Sqlite ? (double)number : value;

    private string Compile(BoundFilter filter, string? table) => filter switch
    {
        BoundAnd { Conditions.Count: 0 } => "1 = 1",
        BoundAnd and => "(" + string.Join(" AND ", and.Conditions.Select(c => Compile(c, table))) + ")",
        BoundOr { Conditions.Count: 0 } => "1 = 0",
        BoundOr or => "(" + string.Join(" OR ", or.Conditions.Select(c => Compile(c, table))) + ")",
        // A comparison with an empty field is unknown in SQL; NOT of unknown must still match, so unknown counts as false.
        BoundNot not => $"NOT COALESCE(({Compile(not.Condition, table)}), FALSE)",
        BoundComparison { Target.Hop: { } hop } c => Hop(hop, c),
        BoundComparison c => Comparison(c, table),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    private string Hop(FilterHop hop, BoundComparison c)
    {
        var picker = ContentExpressions.Field(dialect, hop.Picker, hop.Kind);
        var inner = Comparison(c with { Target = c.Target with { Hop = null } }, HopAlias);
        return $"{picker} IN (SELECT {HopAlias}.id FROM content_items {HopAlias} WHERE {ContentExpressions.TypePredicate(hop.TargetType.Name, HopAlias)} AND {inner})";
    }

    private string Comparison(BoundComparison c, string? table)
    {
        var expression = c.Target.Expression(dialect, table);
        var storage = c.Target.Storage;
        var first = c.Values[0];
        return c.Operator switch
        {
            FilterOperator.IsNull => (bool)first ? $"{expression} IS NULL" : $"{expression} IS NOT NULL",
            FilterOperator.Eq => $"{expression} = {Parameter(SqlValue(storage, first))}",
            FilterOperator.Ne => $"({expression} IS NULL OR {expression} <> {Parameter(SqlValue(storage, first))})",
            FilterOperator.Gt => $"{expression} > {Parameter(SqlValue(storage, first))}",
            FilterOperator.Gte => $"{expression} >= {Parameter(SqlValue(storage, first))}",
            FilterOperator.Lt => $"{expression} < {Parameter(SqlValue(storage, first))}",
            FilterOperator.Lte => $"{expression} <= {Parameter(SqlValue(storage, first))}",
            FilterOperator.In => dialect.InList(expression, Parameter(List(storage, c.Values))[1..]),
            FilterOperator.Contains when storage == FieldStorage.Json => ListContains(expression, (string)first),
            FilterOperator.Contains => Like(expression, "%" + SqlLike.Escape((string)first) + "%"),
            FilterOperator.StartsWith => Like(expression, SqlLike.Escape((string)first) + "%"),
            _ => throw new ArgumentOutOfRangeException(nameof(c)),
        };
    }

    private object List(FieldStorage storage, IReadOnlyList<object> values) => values[0] switch
    {
        decimal when dialect.Provider == DatabaseProvider.Sqlite => values.Select(v => (double)(decimal)v).ToArray(),
        decimal => values.Cast<decimal>().ToArray(),
        bool => values.Cast<bool>().ToArray(),
        _ => storage == FieldStorage.Text ? values.Cast<string>().ToArray() : values.ToArray(),
    };

    private string ListContains(string expression, string element) => dialect.Provider == DatabaseProvider.Sqlite
        ? $"EXISTS (SELECT 1 FROM json_each({expression}) WHERE json_each.value = {Parameter(element)})"
        : $"{expression} @> {dialect.JsonParameter(Parameter(new JsonArray(element).ToJsonString())[1..])}";

    // Case-insensitive on both: SQLite's LIKE ignores ASCII case; PostgreSQL needs ILIKE.
    private string Like(string expression, string pattern) =>
        $"{expression} {(dialect.Provider == DatabaseProvider.Sqlite ? "LIKE" : "ILIKE")} {Parameter(pattern)} ESCAPE '\\'";
}
