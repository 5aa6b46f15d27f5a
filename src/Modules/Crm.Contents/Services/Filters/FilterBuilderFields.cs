using Crm.Contents.Models.Filters;
using Crm.Contents.Models.Items;
using Crm.Contents.Services.Items;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Services.Filters;

/// <summary>
/// The fields a type's filter builder offers: the metadata columns and every field, each with the operators the
/// query accepts for its kind (the same rules as <c>FilterBinder</c>), so the builder never writes a condition the
/// server refuses for its shape.
/// </summary>
public sealed class FilterBuilderFields(FieldKinds kinds, IStringLocalizer<ContentScreensText> text)
{
    private static readonly string[] TextOperators = ["eq", "ne", "contains", "startsWith", "in", "isNull", FilterBuilderField.NotNull];
    private static readonly string[] NumberOperators = ["eq", "ne", "gt", "gte", "lt", "lte", "in", "isNull", FilterBuilderField.NotNull];
    private static readonly string[] DateOperators = ["gt", "gte", "lt", "lte", "eq", "ne", "isNull", FilterBuilderField.NotNull];
    private static readonly string[] ValueOperators = ["eq", "ne", "in", "isNull", FilterBuilderField.NotNull];
    private static readonly string[] BooleanOperators = ["eq", "ne", "isNull", FilterBuilderField.NotNull];
    private static readonly string[] ListOperators = ["contains", "isNull", FilterBuilderField.NotNull];

    public IReadOnlyList<FilterBuilderField> For(ContentDefinitions defs, ContentTypeDefinition type)
    {
        var fields = new List<FilterBuilderField> { Column("DisplayText", "text", TextOperators) };
        foreach (var field in defs.FieldsOf(type))
        {
            if (kinds.Find(field.Field.Kind) is not { } kind) continue;
            // The short name where it is unambiguous, as people write filters; "Part.Field" otherwise.
            var name = defs.FindField(type, field.Field.Name) == field ? field.Field.Name : field.QualifiedName;
            fields.Add(ForKind(name, field.Field, kind));
        }
        fields.Add(Column("Owner", "text", ValueOperators));
        fields.Add(Column("CreatedUtc", "datetime", DateOperators));
        fields.Add(Column("ModifiedUtc", "datetime", DateOperators));
        return fields;
    }

    private static FilterBuilderField ForKind(string name, ContentFieldDefinition field, IContentFieldKind kind)
    {
        var settings = field.Settings;
        var options = settings.Options.Select(o => new ItemOption(o.Value, o.Label)).ToList();
        if (kind.StorageFor(settings) == FieldStorage.Json)
        {
            return new FilterBuilderField(name, field.DisplayName, options.Count > 0 ? "choice" : "text", ListOperators, options);
        }
        return kind switch
        {
            ChoiceFieldKind => new FilterBuilderField(name, field.DisplayName, "choice", ValueOperators, options),
            NumberFieldKind or MoneyFieldKind => new FilterBuilderField(name, field.DisplayName, "number", NumberOperators, []),
            BooleanFieldKind => new FilterBuilderField(name, field.DisplayName, "boolean", BooleanOperators, []),
            DateFieldKind => new FilterBuilderField(name, field.DisplayName, "date", DateOperators, []),
            DateTimeFieldKind => new FilterBuilderField(name, field.DisplayName, "datetime", DateOperators, []),
            ContentPickerFieldKind or UserPickerFieldKind => new FilterBuilderField(name, field.DisplayName, "text", ValueOperators, []),
            _ => new FilterBuilderField(name, field.DisplayName, "text", TextOperators, []),
        };
    }

    private FilterBuilderField Column(string name, string widget, string[] operators) =>
        new(name, ItemColumnLabels.Label(text, name), widget, operators, []);
}
