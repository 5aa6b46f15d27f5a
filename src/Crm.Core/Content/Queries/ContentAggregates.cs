using System.Globalization;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Dapper;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Counts and sums over a type's items, grouped by a field or metadata column, with the same filter language as lists:
/// one GROUP BY statement over the filter's indexed SQL (dashboards, KPIs, reports). A group is "Field", "Owner", or a
/// date/time field by month ("DoneAt:month" → "2026-11") or day ("DueAt:day" → "2026-11-23", in UTC). Groups come
/// ordered by their key's text, the group without a value first.
/// </summary>
public sealed class ContentAggregates(TenantDb db, ContentQuery query, ContentDefinitionManager definitions, FieldKinds kinds)
{
    /// <param name="sum">A Number or Money field whose values are summed per group (Money: its amount); null: count only.</param>
    /// <exception cref="FilterException">The filter, group or sum names something the type does not have.</exception>
    public async Task<IReadOnlyList<AggregateRow>> GroupAsync(string contentType, FilterNode? filter, string? groupBy, string? sum = null,
        CancellationToken cancellationToken = default)
    {
        var compiled = await query.CompileAsync(new ContentQueryRequest { ContentType = contentType, Filter = filter, First = 1, Count = CountMode.None }, cancellationToken);
        var defs = await definitions.GetAsync(cancellationToken);
        var type = defs.FindType(compiled.ContentType)!;
        var resolver = new FieldResolver(defs, kinds);
        var key = groupBy is null ? null : GroupExpression(resolver, type, groupBy);
        var total = sum is null ? "0" : $"COALESCE(SUM({SumExpression(resolver, type, sum)}), 0)";
        var rows = await db.QueryAsync<Row>(
            $"SELECT {key ?? "NULL"} AS GroupKey, COUNT(*) AS Items, {total} AS Total FROM content_items WHERE {compiled.Where}{(key is null ? "" : $" GROUP BY {key}")}",
            new DynamicParameters(compiled.Parameters), cancellationToken);
        return rows.Select(r => new AggregateRow(
            r.GroupKey is null ? null : Convert.ToString(r.GroupKey, CultureInfo.InvariantCulture),
            r.Items,
            Convert.ToDecimal(r.Total ?? 0, CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Key is not null).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    private string GroupExpression(FieldResolver resolver, ContentTypeDefinition type, string groupBy)
    {
        var colon = groupBy.IndexOf(':');
        var name = colon < 0 ? groupBy : groupBy[..colon];
        var bucket = colon < 0 ? null : groupBy[(colon + 1)..];
        var target = resolver.Resolve(type, name, allowHop: false, out var error) ?? throw Invalid(error ?? $"'{name}' is not a field of {type.Name}");
        var expression = target.Expression(db.Dialect);
        return bucket switch
        {
            null => expression,
            // Canonical date/time text sorts and cuts like time: the first 7 characters are the month, 10 the day.
            "month" when target.IsDateTime || target.IsDate => $"substr({expression}, 1, 7)",
            "day" when target.IsDateTime || target.IsDate => $"substr({expression}, 1, 10)",
            _ => throw Invalid($"'{groupBy}': only date and date-time fields group by :month or :day"),
        };
    }

    private string SumExpression(FieldResolver resolver, ContentTypeDefinition type, string sum)
    {
        var target = resolver.Resolve(type, sum, allowHop: false, out var error) ?? throw Invalid(error ?? $"'{sum}' is not a field of {type.Name}");
        if (target.Storage != FieldStorage.Number) throw Invalid($"'{sum}' is not a number or money field, so it cannot be summed");
        return target.Expression(db.Dialect);
    }

    private static FilterException Invalid(string message) => new([new FilterError(FilterJson.RootPath, message)]);

    // The providers return different CLR types for the same SQL (long/double on SQLite, numeric on PostgreSQL).
    private sealed class Row
    {
        public object? GroupKey { get; set; }
        public long Items { get; set; }
        public object? Total { get; set; }
    }
}
