using Crm.Core.Settings;
using System.Security.Claims;
using Crm.Contents.Models.Items;
using Crm.Contents.Services.Bulk;
using Crm.Contents.Services.Filters;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Services.Items;

/// <summary>Runs a list screen's query (quick search, URL filter, sort, keyset page, capped count) within the user's view scope.</summary>
public sealed class ItemListBuilder(ContentQuery query, ItemValueFormatter formatter, ItemNameLookup nameLookup, TenantTimeZone timeZone, IStringLocalizer<ContentScreensText> text,
    ListFilterFormBuilder filterForms)
{
    private const int FallbackFieldColumns = 4;

    public async Task<ItemListPage> BuildAsync(ContentDefinitions defs, ContentTypeDefinition type, ItemListQuery request, ContentScope scope,
        ClaimsPrincipal user, bool canCreate, CancellationToken cancellationToken)
    {
        var columns = await ColumnsAsync(defs, type, cancellationToken);
        var filterForm = filterForms.Build(defs, type, request.Filter);
        var errors = new List<string>();
        FilterNode filter = new FilterAnd([]);
        try
        {
            filter = ListFilter.Build(request.Q, request.Filter, scope, user);
        }
        catch (FilterException e)
        {
            errors.AddRange(e.Errors.Select(Describe));
        }

        var zone = await timeZone.GetAsync(cancellationToken);
        if (errors.Count == 0)
        {
            try
            {
                var result = await query.QueryAsync(new ContentQueryRequest
                {
                    ContentType = type.Name,
                    Filter = filter,
                    OrderBy = string.IsNullOrWhiteSpace(request.Sort) ? [] : [request.Sort.Trim()],
                    First = request.Size,
                    After = string.IsNullOrEmpty(request.After) ? null : request.After,
                    Count = request.ExactCount ? CountMode.Exact : CountMode.Capped,
                }, cancellationToken);
                var names = await nameLookup.ForAsync(
                    result.Items.SelectMany(item => columns.Where(c => c.Field is not null).Select(c => (c.Field!, item.Value(c.Field!.PartName, c.Field.Field.Name)))),
                    result.Items.Select(item => item.Owner), cancellationToken);
                var rows = result.Items.Select(item => new ItemListRow(item, columns.Select(c => Cell(c, item, zone, names)).ToList())).ToList();
                return new ItemListPage(type, columns, rows, request, result.NextCursor, result.Count, [], canCreate, scope == ContentScope.Own, filterForm);
            }
            catch (FilterException e)
            {
                errors.AddRange(e.Errors.Select(Describe));
            }
        }
        return new ItemListPage(type, columns, [], request, null, null, errors, canCreate, scope == ContentScope.Own, filterForm);
    }

    /// <summary>The type's ListColumns, or its display text and first fields; sortable when the query accepts the sort.</summary>
    private async Task<IReadOnlyList<ItemListColumn>> ColumnsAsync(ContentDefinitions defs, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var names = type.Settings.ListColumns.Count > 0
            ? type.Settings.ListColumns
            : defs.FieldsOf(type).Take(FallbackFieldColumns).Select(f => f.QualifiedName).Prepend("DisplayText").ToList();
        var columns = new List<ItemListColumn>();
        foreach (var name in names)
        {
            var field = ContentMetadata.IsColumn(name) ? null : defs.FindField(type, name);
            if (field is null && !ContentMetadata.IsColumn(name)) continue;
            var label = field?.Field.DisplayName ?? ItemColumnLabels.Label(text, name);
            columns.Add(new ItemListColumn(name, label, field, await SortableAsync(type, name, cancellationToken)));
        }
        return columns;
    }

    /// <summary>Asks the query compiler itself, so the screen never offers a sort the query would refuse.</summary>
    private async Task<bool> SortableAsync(ContentTypeDefinition type, string name, CancellationToken cancellationToken)
    {
        try
        {
            await query.CompileAsync(new ContentQueryRequest { ContentType = type.Name, OrderBy = [name], Count = CountMode.None }, cancellationToken);
            return true;
        }
        catch (FilterException)
        {
            return false;
        }
    }

    private string Cell(ItemListColumn column, Core.Content.Store.ContentItem item, TimeZoneInfo zone, ItemNames names) => column.Field is { } field
        ? formatter.Format(field, item.Value(field.PartName, field.Field.Name), zone, names)
        : column.Name.ToLowerInvariant() switch
        {
            "displaytext" => item.DisplayText,
            "owner" => item.Owner is null ? "" : names.User(item.Owner),
            "createdutc" => ItemValueFormatter.Instant(item.CreatedUtc, zone),
            "modifiedutc" => ItemValueFormatter.Instant(item.ModifiedUtc, zone),
            _ => item.Id,
        };

    private string Describe(FilterError error) => text["{0}: {1}", error.Path, error.Message];
}
