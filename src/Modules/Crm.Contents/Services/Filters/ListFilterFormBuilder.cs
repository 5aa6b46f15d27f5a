using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Contents.Models.Filters;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;

namespace Crm.Contents.Services.Filters;

/// <summary>
/// Reads the list URL's filter back into builder rows, so a reload or the back button shows the conditions the
/// user built. A filter that is not one flat AND/OR group of conditions the builder can show stays in the text form.
/// </summary>
public sealed class ListFilterFormBuilder(FilterBuilderFields fieldsFor)
{
    public ListFilterForm Build(ContentDefinitions defs, ContentTypeDefinition type, string? filter)
    {
        var fields = fieldsFor.For(defs, type);
        FilterNode node;
        try
        {
            node = FilterText.Parse(filter);
        }
        catch (FilterException)
        {
            return new ListFilterForm(fields, [], false, false, filter);
        }
        IReadOnlyList<FilterNode>? conditions = node switch
        {
            FilterComparison single => [single],
            FilterAnd and => and.Conditions,
            FilterOr anyOf => anyOf.Conditions,
            _ => null,
        };
        var rows = conditions?.Select(c => Row(fields, c)).ToList();
        return rows is null || rows.Any(r => r is null)
            ? new ListFilterForm(fields, [], false, false, filter)
            : new ListFilterForm(fields, rows.Select(r => r!).ToList(), node is FilterOr, true, filter);
    }

    private static FilterBuilderRow? Row(IReadOnlyList<FilterBuilderField> fields, FilterNode node)
    {
        if (node is not FilterComparison c) return null;
        var field = fields.FirstOrDefault(f => string.Equals(f.Name, c.Field, StringComparison.OrdinalIgnoreCase));
        if (field is null) return null;
        var op = FilterOperators.NameOf(c.Operator);
        List<string?> values = c.Value switch
        {
            null => [],
            JsonArray array => array.Select(v => v is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>() : null).ToList(),
            JsonValue s when s.GetValueKind() == JsonValueKind.String => [s.GetValue<string>()],
            _ => [null],
        };
        if (values.Any(v => v is null)) return null;
        if (c.Operator == FilterOperator.IsNull)
        {
            // isNull, isNull:true and isNull:false are the builder's "is empty" and "has a value".
            var empty = values.Count == 0 || string.Equals(values[0]!.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            if (!empty && !string.Equals(values[0]!.Trim(), "false", StringComparison.OrdinalIgnoreCase)) return null;
            op = empty ? "isNull" : FilterBuilderField.NotNull;
            values = [];
        }
        return field.Operators.Contains(op) ? new FilterBuilderRow(field, op, values!) : null;
    }
}
