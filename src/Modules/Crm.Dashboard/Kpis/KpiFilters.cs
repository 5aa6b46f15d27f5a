using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;

namespace Crm.Dashboard.Kpis;

/// <summary>The filters the revenue figures and KPIs share, as filter-language nodes over indexed fields (values are parameters).</summary>
internal static class KpiFilters
{
    /// <summary>Revenue rows of the months from <paramref name="first"/> up to (not including) <paramref name="end"/>; null: from the beginning.</summary>
    public static FilterNode Months(DateOnly? first, DateOnly end) => All(
        first is { } from ? Compare("Month", FilterOperator.Gte, Day(from)) : null,
        Compare("Month", FilterOperator.Lt, Day(end)));

    /// <summary>A date-time field (or a relation's, "Customer.FirstPurchaseAt") from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static FilterNode Between(string field, DateTimeOffset start, DateTimeOffset end) => All(
        Compare(field, FilterOperator.Gte, DateTimeFieldKind.Canonical(start)),
        Compare(field, FilterOperator.Lt, DateTimeFieldKind.Canonical(end)));

    public static FilterNode Equal(string field, string value) => Compare(field, FilterOperator.Eq, value);

    public static FilterNode All(params FilterNode?[] conditions) => new FilterAnd(conditions.OfType<FilterNode>().ToList());

    private static FilterComparison Compare(string field, FilterOperator op, string value) =>
        new(field, op, JsonValue.Create(value), "$.Filter.field", "$.Filter.value");

    private static string Day(DateOnly day) => day.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture);
}
