using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;

namespace Crm.Grades.Rules;

/// <summary>
/// The figures a grade rule may compare with, computed by the sweep: <c>@tenantAverageBasket</c> (the tenant's average
/// order amount over the last 12 months). A value is the parameter alone or times a factor, written either way:
/// <c>AverageBasket:gte:1.5*@tenantAverageBasket</c>. The rule is parsed by the kernel's filter language; only such values
/// are replaced, by the number, before the filter is bound to the Customer type. A parameter without a value (no orders
/// yet) makes its condition match nothing.
/// </summary>
public static class GradeParameters
{
    public const string TenantAverageBasket = "tenantAverageBasket";

    public static readonly IReadOnlyList<string> Names = [TenantAverageBasket];

    /// <summary>Problems with the parameters a parsed filter uses (unknown name, bad factor), naming the value's JSON path.</summary>
    public static IReadOnlyList<string> Check(FilterNode filter)
    {
        var problems = new List<string>();
        Walk(filter, c =>
        {
            if (Reference(c) is not { } text) return;
            if (Parse(text) is not { } parsed) problems.Add($"{c.ValuePath}: '{text}' is not a parameter; write @{TenantAverageBasket} or 1.5*@{TenantAverageBasket}");
            else if (!Names.Contains(parsed.Name, StringComparer.Ordinal)) problems.Add($"{c.ValuePath}: unknown parameter '@{parsed.Name}'; known: {string.Join(", ", Names.Select(n => "@" + n))}");
            else if (c.Operator is FilterOperator.In or FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.IsNull)
                problems.Add($"{c.ValuePath}: a parameter compares with eq, ne, gt, gte, lt or lte only");
        });
        return problems;
    }

    /// <summary>The filter with every parameter replaced by its value times its factor.</summary>
    public static FilterNode Apply(FilterNode filter, IReadOnlyDictionary<string, decimal?> values) => filter switch
    {
        FilterAnd and => new FilterAnd(and.Conditions.Select(c => Apply(c, values)).ToList()),
        FilterOr or => new FilterOr(or.Conditions.Select(c => Apply(c, values)).ToList()),
        FilterNot not => new FilterNot(Apply(not.Condition, values)),
        FilterComparison c when Reference(c) is { } text && Parse(text) is { } p =>
            values.GetValueOrDefault(p.Name) is { } value
                ? c with { Value = JsonValue.Create(value * p.Factor) }
                : new FilterOr([]),
        _ => filter,
    };

    private static void Walk(FilterNode node, Action<FilterComparison> visit)
    {
        switch (node)
        {
            case FilterAnd and: foreach (var c in and.Conditions) Walk(c, visit); break;
            case FilterOr or: foreach (var c in or.Conditions) Walk(c, visit); break;
            case FilterNot not: Walk(not.Condition, visit); break;
            case FilterComparison comparison: visit(comparison); break;
        }
    }

    private static string? Reference(FilterComparison c) =>
        c.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Contains('@') ? v.GetValue<string>().Trim() : null;

    private static (string Name, decimal Factor)? Parse(string text)
    {
        var parts = text.Split('*', StringSplitOptions.TrimEntries);
        if (parts.Length == 1) return Name(parts[0]) is { } alone ? (alone, 1m) : null;
        if (parts.Length != 2) return null;
        if (Name(parts[0]) is { } left && Factor(parts[1]) is { } right) return (left, right);
        if (Name(parts[1]) is { } name && Factor(parts[0]) is { } factor) return (name, factor);
        return null;
    }

    private static string? Name(string text) => text.Length > 1 && text[0] == '@' && text.Skip(1).All(char.IsLetterOrDigit) ? text[1..] : null;

    private static decimal? Factor(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var factor) && factor > 0 ? factor : null;
}
