using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Contents.Models.Items;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;

namespace Crm.Contents.Services.Items;

/// <summary>
/// The detail page's "related lists": for every relation (a content picker of another listable type) that may point at
/// the item's type, the newest items pointing at this item, within the user's view scope of that type.
/// </summary>
public sealed class ItemRelatedListsBuilder(ContentQuery query, ContentAuthorizer authorizer, ItemFormBinder binder)
{
    public const int Length = 10;

    public async Task<IReadOnlyList<ItemRelatedList>> BuildAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentItem item,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var lists = new List<ItemRelatedList>();
        foreach (var other in defs.Types.Where(t => t.Settings.Listable))
        {
            var relations = defs.FieldsOf(other)
                .Where(f => binder.KindOf(f) == "ContentPicker"
                            && f.Field.Settings.RelatedTypes.Contains(type.Name, StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (relations.Count == 0) continue;
            // A type the user may not list is left out altogether, so the page does not even reveal that such items exist.
            var scope = await authorizer.ViewScopeAsync(user, other, cancellationToken);
            if (scope == ContentScope.None) continue;
            var canCreate = other.Settings.Creatable && await authorizer.CanAsync(user, ContentAction.Create, other, null, cancellationToken);
            foreach (var field in relations)
            {
                lists.Add(await ListAsync(defs, other, field, item.Id, scope, ContentAuthorizer.UserId(user), canCreate, cancellationToken));
            }
        }
        return lists;
    }

    private async Task<ItemRelatedList> ListAsync(ContentDefinitions defs, ContentTypeDefinition other, ContentFieldReference field, string id,
        ContentScope scope, string? userId, bool canCreate, CancellationToken cancellationToken)
    {
        // "Field" when it names the field alone in its type, else "Part.Field" — the form the list URL and the form accept.
        var name = defs.FindField(other, field.Field.Name)?.PartName == field.PartName ? field.Field.Name : field.QualifiedName;
        // A single picker holds the id itself; a multiple one holds a list of ids, which "contains" tests element-wise.
        var op = field.Field.Settings.Multiple ? FilterOperator.Contains : FilterOperator.Eq;
        var conditions = new List<FilterNode> { Condition(name, op, id) };
        // Own-only users see their own items here as in the type's list.
        if (scope == ContentScope.Own) conditions.Add(Condition("Owner", FilterOperator.Eq, userId!));
        // One query per relation: the page plus one row tells whether there are more, so no separate count is run.
        var result = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = other.Name,
            Filter = new FilterAnd(conditions),
            OrderBy = ["CreatedUtc desc"],
            First = Length,
            Count = CountMode.None,
        }, cancellationToken);
        var items = result.Items.Select(i => new ItemOption($"/contents/{other.Name}/{i.Id}", i.DisplayText)).ToList();
        var viewAll = $"/contents/{other.Name}?filter={Uri.EscapeDataString($"{name}:{FilterOperators.NameOf(op)}:{id}")}";
        var newUrl = canCreate ? $"/contents/{other.Name}/new?{Uri.EscapeDataString(name)}={Uri.EscapeDataString(id)}" : null;
        return new ItemRelatedList($"{other.DisplayName} ({field.Field.DisplayName})", other.DisplayName, items, result.NextCursor is not null, viewAll, newUrl);
    }

    private static FilterComparison Condition(string field, FilterOperator op, string value) =>
        new(field, op, JsonValue.Create(value), "$.Filter.field", "$.Filter.value");
}
