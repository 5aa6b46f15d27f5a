using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Core.Content.Queries;

/// <summary>
/// The JSON form of a filter (GraphQL, saved queries, workflows). Canonical form:
/// <code>
/// { "and": [ { "field": "Stage", "op": "eq", "value": "Prospect" },
///            { "or": [ { "field": "Grade", "op": "in", "value": ["A", "B"] }, { "not": { "field": "Email", "op": "isNull" } } ] } ] }
/// </code>
/// Compact form, for people writing recipes: <c>{ "Stage": "Prospect", "Grade": { "in": ["A", "B"] }, "LastActivityAt": { "gte": "now-30d" } }</c>
/// — each key is a field; a bare value means eq, a bare array means in, null means isNull; an object maps operators to
/// values; several keys mean and. Lower-case keys (and, or, not, field, op, value) are the language's own: field names
/// start with a capital letter.
/// </summary>
public static class FilterJson
{
    public const string RootPath = "$.Filter";

    /// <summary>Parses a filter; null or {} matches everything. Throws <see cref="FilterException"/> with every problem.</summary>
    public static FilterNode Parse(JsonNode? json, string path = RootPath)
    {
        var errors = new List<FilterError>();
        var node = json is null ? new FilterAnd([]) : Read(json, path, errors);
        if (errors.Count > 0) throw new FilterException(errors);
        return node;
    }

    public static FilterNode Parse(string json, string path = RootPath)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FilterException(path, $"is not valid JSON: {e.Message}");
        }
        return Parse(node, path);
    }

    /// <summary>The canonical JSON of a filter (what saved queries store).</summary>
    public static JsonNode Write(FilterNode node) => node switch
    {
        FilterAnd and => new JsonObject { ["and"] = new JsonArray(and.Conditions.Select(c => (JsonNode?)Write(c)).ToArray()) },
        FilterOr or => new JsonObject { ["or"] = new JsonArray(or.Conditions.Select(c => (JsonNode?)Write(c)).ToArray()) },
        FilterNot not => new JsonObject { ["not"] = Write(not.Condition) },
        FilterComparison c => c.Value is null
            ? new JsonObject { ["field"] = c.Field, ["op"] = FilterOperators.NameOf(c.Operator) }
            : new JsonObject { ["field"] = c.Field, ["op"] = FilterOperators.NameOf(c.Operator), ["value"] = c.Value.DeepClone() },
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static FilterNode Read(JsonNode json, string path, List<FilterError> errors)
    {
        if (json is JsonArray list) return new FilterAnd(ReadList(list, path, errors));
        if (json is not JsonObject obj)
        {
            errors.Add(new FilterError(path, "must be an object such as { \"field\": \"Stage\", \"op\": \"eq\", \"value\": \"Prospect\" }"));
            return new FilterAnd([]);
        }
        foreach (var keyword in new[] { "and", "or", "not" })
        {
            if (!obj.ContainsKey(keyword)) continue;
            if (obj.Count > 1)
            {
                errors.Add(new FilterError(path, $"'{keyword}' must be the only key of its object; put the other conditions inside it"));
            }
            var inner = obj[keyword];
            var innerPath = $"{path}.{keyword}";
            if (keyword == "not")
            {
                if (inner is null) errors.Add(new FilterError(innerPath, "must be a condition"));
                return new FilterNot(inner is null ? new FilterAnd([]) : Read(inner, innerPath, errors));
            }
            if (inner is not JsonArray conditions)
            {
                errors.Add(new FilterError(innerPath, "must be an array of conditions"));
                return new FilterAnd([]);
            }
            var read = ReadList(conditions, innerPath, errors);
            return keyword == "and" ? new FilterAnd(read) : new FilterOr(read);
        }
        return obj.ContainsKey("field") ? ReadCanonical(obj, path, errors) : ReadCompact(obj, path, errors);
    }

    private static List<FilterNode> ReadList(JsonArray list, string path, List<FilterError> errors)
    {
        var nodes = new List<FilterNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is { } item) nodes.Add(Read(item, $"{path}[{i}]", errors));
            else errors.Add(new FilterError($"{path}[{i}]", "must be a condition, not null"));
        }
        return nodes;
    }

    private static FilterNode ReadCanonical(JsonObject obj, string path, List<FilterError> errors)
    {
        foreach (var key in obj.Select(p => p.Key).Where(k => k is not ("field" or "op" or "value")))
        {
            errors.Add(new FilterError($"{path}.{key}", "unknown key; a condition has field, op and value"));
        }
        var field = Text(obj["field"], $"{path}.field", "must be a field name", errors);
        var opName = Text(obj["op"], $"{path}.op", $"is required: one of {string.Join(", ", FilterOperators.Names)}", errors);
        var op = FilterOperator.Eq;
        if (opName is not null && !FilterOperators.TryParse(opName, out op)) errors.Add(new FilterError($"{path}.op", FilterOperators.Unknown(opName)));
        return new FilterComparison(field ?? "", op, obj["value"]?.DeepClone(), $"{path}.field", $"{path}.value");
    }

    private static FilterNode ReadCompact(JsonObject obj, string path, List<FilterError> errors)
    {
        var conditions = new List<FilterNode>();
        foreach (var (field, value) in obj)
        {
            var fieldPath = $"{path}.{field}";
            if (field.Length > 0 && char.IsLower(field[0]))
            {
                errors.Add(new FilterError(fieldPath, $"unknown keyword '{field}'; use and, or, not, or a field name"));
                continue;
            }
            switch (value)
            {
                case null:
                    conditions.Add(new FilterComparison(field, FilterOperator.IsNull, null, fieldPath, fieldPath));
                    break;
                case JsonArray array:
                    conditions.Add(new FilterComparison(field, FilterOperator.In, array.DeepClone(), fieldPath, fieldPath));
                    break;
                case JsonObject operators:
                    if (operators.Count == 0) errors.Add(new FilterError(fieldPath, "needs an operator, e.g. { \"eq\": ... }"));
                    foreach (var (opName, operand) in operators)
                    {
                        if (FilterOperators.TryParse(opName, out var op)) conditions.Add(new FilterComparison(field, op, operand?.DeepClone(), fieldPath, $"{fieldPath}.{opName}"));
                        else errors.Add(new FilterError($"{fieldPath}.{opName}", FilterOperators.Unknown(opName)));
                    }
                    break;
                default:
                    conditions.Add(new FilterComparison(field, FilterOperator.Eq, value.DeepClone(), fieldPath, fieldPath));
                    break;
            }
        }
        return conditions.Count == 1 ? conditions[0] : new FilterAnd(conditions);
    }

    private static string? Text(JsonNode? node, string path, string problem, List<FilterError> errors)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0) return v.GetValue<string>();
        errors.Add(new FilterError(path, problem));
        return null;
    }
}
