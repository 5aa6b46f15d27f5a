using System.Globalization;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Settings;
using Dapper;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Counts and sums over a type's items, grouped by fields or metadata columns, with the same filter language as lists:
/// one GROUP BY statement over the filter's indexed SQL (dashboards, KPIs, reports, forecasts). A group is "Field",
/// "Owner", a date or date-time field by month ("DoneAt:month" → "2026-11") or day ("DueAt:day" → "2026-11-23"; a date-time's
/// month and day are the tenant's, in its time zone), or a
/// money field's currency ("Amount:currency" → "KRW"). Groups come ordered by their keys' text, a group without a value
/// first. Besides counts and sums: how many different values a field has per group, and durations between two date-times
/// (mean and median days).
/// </summary>
public sealed class ContentAggregates(TenantDb db, ContentQuery query, ContentDefinitionManager definitions, FieldKinds kinds, TenantTimeZone timeZone)
{
    private const string ZoneParameter = "aggregate_zone";

    /// <param name="sum">A Number or Money field whose values are summed per group (Money: its amount); null: count only.</param>
    /// <exception cref="FilterException">The filter, group or sum names something the type does not have.</exception>
    public async Task<IReadOnlyList<AggregateRow>> GroupAsync(string contentType, FilterNode? filter, string? groupBy, string? sum = null,
        CancellationToken cancellationToken = default) =>
        (await GroupByAsync(contentType, filter, groupBy is null ? [] : [groupBy], sum, cancellationToken))
            .Select(g => new AggregateRow(g.Keys.Count == 0 ? null : g.Keys[0], g.Count, g.Sum))
            .ToList();

    /// <summary>Grouped by several keys at once (e.g. close month, owner and stage): one row per combination that has items.</summary>
    /// <exception cref="FilterException">The filter, a group or the sum names something the type does not have.</exception>
    public Task<IReadOnlyList<AggregateGroup>> GroupByAsync(string contentType, FilterNode? filter, IReadOnlyList<string> groupBy, string? sum = null,
        CancellationToken cancellationToken = default) =>
        GroupByAsync(contentType, filter, groupBy, sum, countDistinct: null, cancellationToken);

    /// <param name="countDistinct">
    /// A field (or metadata column) whose different values are counted per group, in <see cref="AggregateGroup.Distinct"/>:
    /// e.g. how many customers the revenue rows of each currency came from. Items without a value are not counted.
    /// </param>
    /// <exception cref="FilterException">The filter, a group, the sum or the distinct field names something the type does not have.</exception>
    public async Task<IReadOnlyList<AggregateGroup>> GroupByAsync(string contentType, FilterNode? filter, IReadOnlyList<string> groupBy, string? sum,
        string? countDistinct, CancellationToken cancellationToken = default)
    {
        var (compiled, resolver, type) = await CompileAsync(contentType, filter, cancellationToken);
        var keys = groupBy.Select(g => GroupExpression(resolver, type, g)).ToList();
        var parameters = new DynamicParameters(compiled.Parameters);
        if (keys.Any(k => k.Contains(ZoneParameter, StringComparison.Ordinal))) parameters.Add(ZoneParameter, (await timeZone.GetAsync(cancellationToken)).Id);
        var total = sum is null ? "0" : $"COALESCE(SUM({SumExpression(resolver, type, sum)}), 0)";
        var distinct = countDistinct is null ? "0" : $"COUNT(DISTINCT {Resolve(resolver, type, countDistinct).Expression(db.Dialect)})";
        // Lower-case aliases: PostgreSQL folds unquoted ones, and the rows are read by name.
        var columns = string.Concat(keys.Select((k, i) => $"{k} AS k{i}, "));
        var rows = await db.QueryAsync<dynamic>(
            $"SELECT {columns}COUNT(*) AS items, {total} AS total, {distinct} AS different FROM content_items WHERE {compiled.Where}" +
            (keys.Count == 0 ? "" : $" GROUP BY {string.Join(", ", keys)}"),
            parameters, cancellationToken);
        // The providers return different CLR types for the same SQL (long/double on SQLite, numeric on PostgreSQL).
        return rows.Cast<IDictionary<string, object?>>()
            .Select(r => new AggregateGroup(
                keys.Select((_, i) => r[$"k{i}"] is { } key ? Convert.ToString(key, CultureInfo.InvariantCulture) : null).ToList(),
                Convert.ToInt64(r["items"], CultureInfo.InvariantCulture),
                Convert.ToDecimal(r["total"] ?? 0, CultureInfo.InvariantCulture),
                Convert.ToInt64(r["different"] ?? 0, CultureInfo.InvariantCulture)))
            .Order(KeyOrder.Instance)
            .ToList();
    }

    /// <summary>
    /// How long items took from one date-time to another (date-time fields, <c>CreatedUtc</c> or <c>ModifiedUtc</c>), e.g. an
    /// opportunity from creation to its close: how many items have both, and the mean and median in days. Computed in the
    /// database (one statement, the median by ranking the durations), so only three numbers come back.
    /// </summary>
    /// <exception cref="FilterException">The filter names something the type does not have, or a field is not a date-time.</exception>
    public async Task<DurationSummary> DurationAsync(string contentType, FilterNode? filter, string from, string to, CancellationToken cancellationToken = default)
    {
        var (compiled, resolver, type) = await CompileAsync(contentType, filter, cancellationToken);
        var start = DateTimeExpression(resolver, type, from);
        var end = DateTimeExpression(resolver, type, to);
        // The middle row (odd count) or the two middle rows (even count) of the ranked durations; integer division in both dialects.
        var row = (await db.QueryAsync<dynamic>(
            "SELECT COUNT(*) AS items, AVG(d) AS mean, AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN d END) AS median " +
            "FROM (SELECT d, ROW_NUMBER() OVER (ORDER BY d) AS rn, COUNT(*) OVER () AS n " +
            $"FROM (SELECT {db.Dialect.DaysBetween(start, end)} AS d FROM content_items WHERE {compiled.Where} AND {start} IS NOT NULL AND {end} IS NOT NULL) durations) ranked",
            new DynamicParameters(compiled.Parameters), cancellationToken))[0];
        var values = (IDictionary<string, object?>)row;
        return new DurationSummary(Convert.ToInt64(values["items"], CultureInfo.InvariantCulture), Days(values["mean"]), Days(values["median"]));
    }

    private static decimal? Days(object? value) => value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private async Task<(CompiledContentQuery Compiled, FieldResolver Resolver, ContentTypeDefinition Type)> CompileAsync(string contentType, FilterNode? filter,
        CancellationToken cancellationToken)
    {
        var compiled = await query.CompileAsync(new ContentQueryRequest { ContentType = contentType, Filter = filter, First = 1, Count = CountMode.None }, cancellationToken);
        var defs = await definitions.GetAsync(cancellationToken);
        return (compiled, new FieldResolver(defs, kinds), defs.FindType(compiled.ContentType)!);
    }

    private FilterTarget Resolve(FieldResolver resolver, ContentTypeDefinition type, string name) =>
        resolver.Resolve(type, name, allowHop: false, out var error) ?? throw Invalid(error ?? $"'{name}' is not a field of {type.Name}");

    private string DateTimeExpression(FieldResolver resolver, ContentTypeDefinition type, string name)
    {
        var target = Resolve(resolver, type, name);
        return target.IsDateTime ? target.Expression(db.Dialect) : throw Invalid($"'{name}' is not a date-time, so no duration is measured from or to it");
    }

    private string GroupExpression(FieldResolver resolver, ContentTypeDefinition type, string groupBy)
    {
        var colon = groupBy.IndexOf(':');
        var name = colon < 0 ? groupBy : groupBy[..colon];
        var bucket = colon < 0 ? null : groupBy[(colon + 1)..];
        var target = Resolve(resolver, type, name);
        var expression = target.Expression(db.Dialect);
        return bucket switch
        {
            null => expression,
            // A date-time's local date in the tenant's zone; canonical date text cuts like time: 7 characters are the month, 10 the day.
            "month" when target.IsDateTime => $"substr({db.Dialect.LocalDate(expression, ZoneParameter)}, 1, 7)",
            "day" when target.IsDateTime => db.Dialect.LocalDate(expression, ZoneParameter),
            "month" when target.IsDate => $"substr({expression}, 1, 7)",
            "day" when target.IsDate => $"substr({expression}, 1, 10)",
            "currency" when target is { Kind: MoneyFieldKind, Field: { } money } => ContentExpressions.Property(db.Dialect, money, "Currency", FieldStorage.Text),
            "currency" => throw Invalid($"'{groupBy}': only money fields group by :currency"),
            _ => throw Invalid($"'{groupBy}': only date and date-time fields group by :month or :day"),
        };
    }

    private string SumExpression(FieldResolver resolver, ContentTypeDefinition type, string sum)
    {
        var target = Resolve(resolver, type, sum);
        if (target.Storage != FieldStorage.Number) throw Invalid($"'{sum}' is not a number or money field, so it cannot be summed");
        return target.Expression(db.Dialect);
    }

    private static FilterException Invalid(string message) => new([new FilterError(FilterJson.RootPath, message)]);

    /// <summary>Key by key: a group without a value first, then by the value's text.</summary>
    private sealed class KeyOrder : IComparer<AggregateGroup>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(AggregateGroup? x, AggregateGroup? y)
        {
            for (var i = 0; i < Math.Min(x!.Keys.Count, y!.Keys.Count); i++)
            {
                var order = (x.Keys[i], y.Keys[i]) switch
                {
                    (null, null) => 0,
                    (null, _) => -1,
                    (_, null) => 1,
                    var (a, b) => string.CompareOrdinal(a, b),
                };
                if (order != 0) return order;
            }
            return 0;
        }
    }
}
