using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Contents.Models.Kanban;
using Crm.Contents.Services.Items;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Services.Kanban;

/// <summary>
/// The board of a type: one column per option of its kanban field plus "(none)", each the first cards of a query
/// filtered on that option within the user's view scope, so a column never loads more than it shows.
/// </summary>
public sealed class KanbanBoardBuilder(ContentQuery query, ContentAuthorizer authorizer, ItemFormBinder binder, IStringLocalizer<ContentToolsText> text)
{
    /// <summary>The type's kanban field when it is a single choice; anything else has no board.</summary>
    public ContentFieldReference? KanbanField(ContentDefinitions defs, ContentTypeDefinition type) =>
        type.Settings.KanbanField is { Length: > 0 } name && defs.FindField(type, name) is { } field
        && binder.KindOf(field) == "Choice" && !field.Field.Settings.Multiple ? field : null;

    public async Task<KanbanBoard> BuildAsync(ContentTypeDefinition type, ContentFieldReference field, ContentScope scope, ClaimsPrincipal user,
        int cardsPerColumn, string? notice, CancellationToken cancellationToken)
    {
        var columns = new List<KanbanColumn>();
        foreach (var option in field.Field.Settings.Options)
        {
            columns.Add(await ColumnAsync(type, field, option.Value, option.Label, scope, user, cardsPerColumn, cancellationToken));
        }
        columns.Add(await ColumnAsync(type, field, null, text["(none)"], scope, user, cardsPerColumn, cancellationToken));
        return new KanbanBoard(type, field, columns, scope == ContentScope.Own, notice);
    }

    private async Task<KanbanColumn> ColumnAsync(ContentTypeDefinition type, ContentFieldReference field, string? value, string label, ContentScope scope,
        ClaimsPrincipal user, int size, CancellationToken cancellationToken)
    {
        var conditions = new List<FilterNode>
        {
            new FilterComparison(FilterName(type, field), value is null ? FilterOperator.IsNull : FilterOperator.Eq, value is null ? null : JsonValue.Create(value), "$.field", "$.value"),
        };
        // Own-only users get the owner condition here too: the board is just another list.
        if (scope == ContentScope.Own) conditions.Add(new FilterComparison("Owner", FilterOperator.Eq, JsonValue.Create(ContentAuthorizer.UserId(user)), "$.field", "$.value"));
        var result = await query.QueryAsync(new ContentQueryRequest { ContentType = type.Name, Filter = new FilterAnd(conditions), First = size, Count = CountMode.Capped }, cancellationToken);
        var cards = new List<KanbanCard>();
        foreach (var item in result.Items)
        {
            cards.Add(new KanbanCard(item.Id, item.DisplayText, item.Version, await authorizer.CanAsync(user, ContentAction.Edit, type, item.Owner, cancellationToken)));
        }
        var count = result.Count is { } c ? c.Value.ToString("N0", CultureInfo.CurrentCulture) + (c.IsExact ? "" : "+") : cards.Count.ToString(CultureInfo.CurrentCulture);
        var more = result.NextCursor is null ? null : $"/contents/{Uri.EscapeDataString(type.Name)}?filter={Uri.EscapeDataString(UrlFilter(FilterName(type, field), value))}";
        return new KanbanColumn(value, label, cards, count, more);
    }

    /// <summary>The field as the type's settings name it: the query resolves that name as the settings did.</summary>
    private static string FilterName(ContentTypeDefinition type, ContentFieldReference field) => type.Settings.KanbanField ?? field.QualifiedName;

    /// <summary>The column's condition in the list's URL filter form, with the characters that language reserves escaped.</summary>
    public static string UrlFilter(string fieldName, string? value)
    {
        if (value is null) return $"{fieldName}:isNull";
        var escaped = value.Replace("\\", "\\\\").Replace(",", "\\,").Replace(")", "\\)").Replace("|", "\\|");
        return $"{fieldName}:eq:{escaped}";
    }
}
