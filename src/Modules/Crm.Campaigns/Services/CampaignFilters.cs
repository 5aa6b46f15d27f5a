using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;

namespace Crm.Campaigns.Services;

/// <summary>Filter-language nodes the campaign figures share (values are parameters, never text pasted into a filter).</summary>
internal static class CampaignFilters
{
    public static FilterNode Is(string field, FilterOperator op, string value) =>
        new FilterComparison(field, op, JsonValue.Create(value), "$.Filter.field", "$.Filter.value");

    public static FilterNode Set(string field) => new FilterComparison(field, FilterOperator.IsNull, JsonValue.Create(false), "$.Filter.field", "$.Filter.value");

    /// <summary>A date field from the first day of <paramref name="first"/> up to (not including) <paramref name="end"/>.</summary>
    public static FilterNode Days(string field, DateOnly first, DateOnly end) =>
        new FilterAnd([Is(field, FilterOperator.Gte, Day(first)), Is(field, FilterOperator.Lt, Day(end))]);

    public static FilterNode Instants(string field, DateTimeOffset start, DateTimeOffset end) =>
        new FilterAnd([Is(field, FilterOperator.Gte, DateTimeFieldKind.Canonical(start)), Is(field, FilterOperator.Lt, DateTimeFieldKind.Canonical(end))]);

    public static FilterNode All(params FilterNode?[] nodes) => new FilterAnd(nodes.OfType<FilterNode>().ToList());

    public static string Day(DateOnly day) => day.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture);
}
