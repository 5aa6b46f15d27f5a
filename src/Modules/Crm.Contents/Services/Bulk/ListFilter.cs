using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;

namespace Crm.Contents.Services.Bulk;

/// <summary>
/// The list screen's conditions (URL filter, quick search on the display text, owner for own-only users) as one filter,
/// so an export holds exactly the rows the list shows. Throws <see cref="FilterException"/> for a bad filter.
/// </summary>
public static class ListFilter
{
    public static FilterNode Build(string? q, string? filter, ContentScope scope, ClaimsPrincipal user)
    {
        var conditions = new List<FilterNode> { FilterText.Parse(filter) };
        if (!string.IsNullOrWhiteSpace(q)) conditions.Add(Condition("DisplayText", FilterOperator.Contains, q.Trim()));
        if (scope == ContentScope.Own) conditions.Add(Condition("Owner", FilterOperator.Eq, ContentAuthorizer.UserId(user)!));
        return new FilterAnd(conditions);
    }

    private static FilterComparison Condition(string field, FilterOperator op, string value) =>
        new(field, op, JsonValue.Create(value), "$.Filter.field", "$.Filter.value");
}
