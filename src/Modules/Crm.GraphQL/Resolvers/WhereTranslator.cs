using Crm.Core.Content.Queries;
using Crm.GraphQL.Schema;

namespace Crm.GraphQL.Resolvers;

/// <summary>
/// Turns a <c>where</c> argument into the filter language: keys of one object are ANDed; AND/OR/NOT nest; a relation
/// field holding an object hops into the related type ("Activity.Customer" then "Customer.Stage"). Every condition keeps
/// its GraphQL path ("where.customer.stage.eq") so the filter's errors point at what the caller wrote.
/// </summary>
internal static class WhereTranslator
{
    private static readonly Dictionary<string, string> Metadata = new(StringComparer.Ordinal)
    {
        ["id"] = "Id", ["displayText"] = "DisplayText", ["owner"] = "Owner", ["createdUtc"] = "CreatedUtc", ["modifiedUtc"] = "ModifiedUtc",
    };

    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq, ["ne"] = FilterOperator.Ne, ["in"] = FilterOperator.In, ["gt"] = FilterOperator.Gt, ["gte"] = FilterOperator.Gte,
        ["lt"] = FilterOperator.Lt, ["lte"] = FilterOperator.Lte, ["contains"] = FilterOperator.Contains, ["startsWith"] = FilterOperator.StartsWith,
        ["isNull"] = FilterOperator.IsNull,
    };

    public static FilterNode Translate(TypeModel type, IDictionary<string, object?>? where, string path) => Translate(type, where, path, relation: null);

    private static FilterNode Translate(TypeModel type, IDictionary<string, object?>? where, string path, string? relation)
    {
        var conditions = new List<FilterNode>();
        foreach (var (key, value) in where ?? new Dictionary<string, object?>())
        {
            var at = $"{path}.{key}";
            switch (key)
            {
                case "AND":
                    conditions.Add(new FilterAnd(Each(value).Select((w, i) => Translate(type, w, $"{at}[{i}]", relation)).ToList()));
                    break;
                case "OR":
                    conditions.Add(new FilterOr(Each(value).Select((w, i) => Translate(type, w, $"{at}[{i}]", relation)).ToList()));
                    break;
                case "NOT":
                    if (value is IDictionary<string, object?> negated) conditions.Add(new FilterNot(Translate(type, negated, at, relation)));
                    break;
                default:
                    if (value is not IDictionary<string, object?> operations) break;
                    if (type.ByGraphQLName.TryGetValue(key, out var field) && field.Target is { } target && relation is null && !IsOperations(operations))
                    {
                        conditions.Add(Translate(target, operations, at, field.ContentName));
                        break;
                    }
                    conditions.AddRange(Compare(Name(type, key, relation), operations, at));
                    break;
            }
        }
        return conditions.Count == 1 ? conditions[0] : new FilterAnd(conditions);
    }

    /// <summary>The filter-language name: a metadata column or "Part.Field", after the relation when hopping; a hop's id is the relation itself.</summary>
    private static string Name(TypeModel type, string key, string? relation)
    {
        if (relation is not null && key == "id") return relation;
        var own = Metadata.TryGetValue(key, out var column) ? column : type.ByGraphQLName[key].ContentName;
        return relation is null ? own : $"{relation}.{own}";
    }

    private static IEnumerable<FilterNode> Compare(string name, IDictionary<string, object?> operations, string path) =>
        operations.Select(op => (FilterNode)new FilterComparison(name, Operators[op.Key], ContentValues.ToJson(op.Value), path, $"{path}.{op.Key}"));

    private static bool IsOperations(IDictionary<string, object?> value) => value.Keys.All(Operators.ContainsKey);

    private static IEnumerable<IDictionary<string, object?>> Each(object? value) =>
        value is IEnumerable<object?> list ? list.OfType<IDictionary<string, object?>>() : [];
}
