using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Checks a filter against a content type: every name must resolve (<see cref="FieldResolver"/>), every operator must
/// suit the field, and every value is converted by the field's kind to its canonical form (DateTime as canonical UTC
/// text, relative dates resolved) so SQL compares like with like. Collects every problem, naming the field.
/// </summary>
internal sealed class FilterBinder(ContentDefinitions definitions, FieldKinds kinds, QueryClock clock)
{
    private readonly FieldResolver _resolver = new(definitions, kinds);
    private readonly List<FilterError> _errors = [];

    public IReadOnlyList<FilterError> Errors => _errors;

    public BoundFilter Bind(ContentTypeDefinition type, FilterNode node) => node switch
    {
        FilterAnd and => new BoundAnd(and.Conditions.Select(c => Bind(type, c)).ToList()),
        FilterOr or => new BoundOr(or.Conditions.Select(c => Bind(type, c)).ToList()),
        FilterNot not => new BoundNot(Bind(type, not.Condition)),
        FilterComparison comparison => BindComparison(type, comparison),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private BoundFilter BindComparison(ContentTypeDefinition type, FilterComparison c)
    {
        var target = _resolver.Resolve(type, c.Field, allowHop: true, out var error);
        if (target is null) return Fail(c.FieldPath, error!);
        var values = Values(target, c);
        return values is null ? new BoundAnd([]) : new BoundComparison(target, c.Operator, values);
    }

    private IReadOnlyList<object>? Values(FilterTarget target, FilterComparison c)
    {
        var op = FilterOperators.NameOf(c.Operator);
        var storage = target.Storage;
        switch (c.Operator)
        {
            case FilterOperator.IsNull:
                if (c.Value is null) return [true];
                if (Bool(c.Value) is { } isNull) return [isNull];
                return Problem(c, target, "isNull takes true or false");
            case FilterOperator.In:
                if (storage == FieldStorage.Json) return Problem(c, target, "is a list field; use contains");
                if (c.Value is not JsonArray { Count: > 0 } array) return Problem(c, target, "in needs a non-empty list of values");
                var converted = new List<object>();
                foreach (var item in array)
                {
                    if (item is null || Scalar(target, item, c) is not { } value) return null;
                    converted.Add(value);
                }
                return converted;
            case FilterOperator.Contains when storage == FieldStorage.Json:
                return c.Value is null ? Problem(c, target, "contains needs a value") : Element(target, c.Value, c) is { } element ? [element] : null;
            case FilterOperator.Contains or FilterOperator.StartsWith:
                if (storage != FieldStorage.Text || target.IsDateTime || target.IsDate) return Problem(c, target, $"{op} applies to text fields only");
                return c.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0
                    ? [v.GetValue<string>()]
                    : Problem(c, target, $"{op} needs a non-empty text");
            default:
                if (storage == FieldStorage.Json) return Problem(c, target, $"is a list field; {op} does not apply, use contains");
                if (storage == FieldStorage.Boolean && c.Operator is not (FilterOperator.Eq or FilterOperator.Ne)) return Problem(c, target, $"is true or false; {op} does not apply");
                if (c.Value is null) return Problem(c, target, $"{op} needs a value (use isNull to find empty fields)");
                return Scalar(target, c.Value, c) is { } scalar ? [scalar] : null;
        }
    }

    /// <summary>A value for a single-valued field in the form SQL compares: string, decimal or bool.</summary>
    private object? Scalar(FilterTarget target, JsonNode value, FilterComparison c)
    {
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        switch (target.Storage)
        {
            case FieldStorage.Number:
                if (value is JsonValue n && n.GetValueKind() == JsonValueKind.Number && n.TryGetValue(out decimal number)) return number;
                if (text is not null && decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out number)) return number;
                return Problem(c, target, $"{Show(value)} is not a number");
            case FieldStorage.Boolean:
                return Bool(value) is { } flag ? flag : Problem(c, target, $"{Show(value)} is not true or false");
        }
        if (text is not null && (target.IsDateTime || target.IsDate) && RelativeDates.Resolve(text, clock) is { } instant)
        {
            return target.IsDate
                ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, clock.Zone).DateTime).ToString(DateFieldKind.Format, CultureInfo.InvariantCulture)
                : DateTimeFieldKind.Canonical(instant);
        }
        if (target.Column is not null)
        {
            if (text is null) return Problem(c, target, $"{Show(value)} is not a text");
            if (!target.IsDateTime) return target.Column == "id" ? text.Trim().ToUpperInvariant() : text;
            return Normalized(new DateTimeFieldKind(), new FieldSettings(), value, target, c);
        }
        return Normalized(target.Kind!, target.Field!.Field.Settings, value, target, c);
    }

    /// <summary>One element of a list field (a tag, an option of a multi-choice, an id of a multi-picker).</summary>
    private object? Element(FilterTarget target, JsonNode value, FilterComparison c)
    {
        var result = target.Kind!.Normalize(new JsonArray(value.DeepClone()), target.Field!.Field.Settings);
        if (!result.IsValid) return Problem(c, target, result.Problem!.Message);
        return result.Value is JsonArray { Count: 1 } array && array[0] is JsonValue element && element.GetValueKind() == JsonValueKind.String
            ? element.GetValue<string>()
            : Problem(c, target, $"{Show(value)} is not a single value");
    }

    private object? Normalized(IContentFieldKind kind, FieldSettings settings, JsonNode value, FilterTarget target, FilterComparison c)
    {
        var result = kind.Normalize(value.DeepClone(), settings);
        if (!result.IsValid) return Problem(c, target, result.Problem!.Message);
        return result.Value is JsonValue canonical && canonical.GetValueKind() == JsonValueKind.String
            ? canonical.GetValue<string>()
            : Problem(c, target, $"{Show(value)} cannot be compared");
    }

    private static bool? Bool(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetValue<string>().Trim().ToLowerInvariant() switch { "true" => true, "false" => false, _ => null },
        _ => null,
    };

    private static string Show(JsonNode value) => value.ToJsonString(ContentJson.Options);

    private List<object>? Problem(FilterComparison c, FilterTarget target, string message)
    {
        _errors.Add(new FilterError(c.ValuePath, $"{target.Name}: {message}"));
        return null;
    }

    private BoundAnd Fail(string path, string message)
    {
        _errors.Add(new FilterError(path, message));
        return new BoundAnd([]);
    }
}
