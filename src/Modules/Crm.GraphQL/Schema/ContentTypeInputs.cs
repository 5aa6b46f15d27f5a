using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>
/// A type's enums and inputs: one enum per choice field (values are the stored option values), the where filter (and
/// the related-where other types hop into), the orderBy enum of its sortable fields, and the create/update/upsert inputs.
/// </summary>
internal sealed class ContentTypeInputs(SharedTypes shared, NameScope typeNames, ContentDefinitions definitions, FieldKinds kinds)
{
    private static readonly (string Name, string Column)[] SortableMetadata =
        [("id", "Id"), ("displayText", "DisplayText"), ("owner", "Owner"), ("createdUtc", "CreatedUtc"), ("modifiedUtc", "ModifiedUtc")];

    /// <summary>Enums first: every type's filters and inputs refer to them.</summary>
    public void BuildEnums(TypeModel type)
    {
        foreach (var field in type.Fields.Where(f => f.Shape == FieldShape.Choice))
        {
            var enumType = new EnumerationGraphType { Name = typeNames.Claim(type.Name + field.Reference.Field.Name), Description = $"{type.Definition.DisplayName}: {field.Reference.Field.DisplayName}" };
            var names = SchemaNaming.EnumValues(field.Settings.Options);
            for (var i = 0; i < names.Count; i++) enumType.Add(names[i], field.Settings.Options[i].Value, field.Settings.Options[i].Label);
            field.Enum = enumType;
        }
    }

    public void Build(TypeModel type)
    {
        type.Where = Where(type, typeNames.Claim(type.Name + "Where"), hop: false);
        type.OrderBy = OrderBy(type);
        type.CreateInput = Input(type, typeNames.Claim(type.Name + "CreateInput"), $"A new {type.Definition.DisplayName}.", create: true);
        type.UpdateInput = Input(type, typeNames.Claim(type.Name + "UpdateInput"), $"The fields of a {type.Definition.DisplayName} to change; null clears a field.", create: false);
        type.UpsertInput = Input(type, typeNames.Claim(type.Name + "UpsertInput"),
            $"A {type.Definition.DisplayName} to create, or (with the id of an existing one) the fields to change.", create: false);
        type.UpsertInput.AddField(new FieldType { Name = "id", ResolvedType = shared.Scalars.Id, Description = "An existing item to update, or the id a new one gets." });
        type.UpsertInput.AddField(new FieldType { Name = "version", ResolvedType = shared.Scalars.Int, Description = "When updating: the version read (refused if it changed since)." });
    }

    /// <summary>The filter of a type's list; with <paramref name="hop"/>, the one used through a relation (no further hops).</summary>
    private InputObjectGraphType Where(TypeModel type, string name, bool hop)
    {
        var where = new InputObjectGraphType
        {
            Name = name,
            Description = hop
                ? $"Conditions on the related {type.Definition.DisplayName}; id compares the relation itself."
                : $"Conditions on {type.Definition.DisplayName} items; the keys of one object must all hold.",
        };
        var list = new ListGraphType(new NonNullGraphType(where));
        where.AddField(new FieldType { Name = "AND", ResolvedType = list, Description = "Every condition holds." });
        where.AddField(new FieldType { Name = "OR", ResolvedType = list, Description = "At least one condition holds." });
        where.AddField(new FieldType { Name = "NOT", ResolvedType = where, Description = "The condition does not hold." });
        where.AddField(new FieldType { Name = "id", ResolvedType = shared.IdFilter });
        where.AddField(new FieldType { Name = "displayText", ResolvedType = shared.StringFilter });
        where.AddField(new FieldType { Name = "owner", ResolvedType = shared.IdFilter });
        where.AddField(new FieldType { Name = "createdUtc", ResolvedType = shared.DateTimeFilter });
        where.AddField(new FieldType { Name = "modifiedUtc", ResolvedType = shared.DateTimeFilter });
        foreach (var field in type.Fields)
        {
            where.AddField(new FieldType { Name = field.GraphQLName, ResolvedType = FilterOf(field, hop), Description = field.Description });
        }
        return where;
    }

    private readonly Dictionary<FieldModel, IGraphType> _choiceFilters = [];

    private IGraphType FilterOf(FieldModel field, bool hop) => field.Shape switch
    {
        FieldShape.Text => shared.StringFilter,
        FieldShape.Decimal or FieldShape.Money => shared.DecimalFilter,
        FieldShape.Boolean => shared.BooleanFilter,
        FieldShape.Date => shared.DateFilter,
        FieldShape.DateTime => shared.DateTimeFilter,
        FieldShape.Choice => ChoiceFilter(field),
        FieldShape.Tags => shared.StringListFilter,
        FieldShape.Relation when field.Target is { } target && !hop => target.RelatedWhere ??= Where(target, typeNames.Claim(target.Name + "RelatedWhere"), hop: true),
        FieldShape.Relation or FieldShape.User => field.Multiple ? shared.IdListFilter : shared.IdFilter,
        _ => shared.StringFilter,
    };

    /// <summary>One filter input per choice field, used by the type's where and by the related-where other types hop into.</summary>
    private IGraphType ChoiceFilter(FieldModel field)
    {
        if (_choiceFilters.TryGetValue(field, out var filter)) return filter;
        var description = $"Conditions on {field.Reference.Field.DisplayName}.";
        return _choiceFilters[field] = field.Multiple
            ? shared.ListFilter(typeNames.Claim(field.Enum!.Name + "ListFilter"), description, field.Enum)
            : shared.Filter(typeNames.Claim(field.Enum!.Name + "Filter"), description, field.Enum, ordered: false, text: false);
    }

    /// <summary>FIELD_ASC / FIELD_DESC for the columns and the indexed single-value fields; values are the filter language's sort entries.</summary>
    private EnumerationGraphType OrderBy(TypeModel type)
    {
        var orderBy = new EnumerationGraphType { Name = typeNames.Claim(type.Name + "OrderBy"), Description = $"Sorts of {type.Definition.DisplayName} lists (indexed fields only)." };
        var values = new NameScope();
        var sortable = SortableMetadata.Select(m => (m.Name, m.Column))
            .Concat(type.Fields.Where(f => kinds.Find(f.Reference.Field.Kind) is { } kind && ContentSortability.IsSortable(definitions, type.Definition, f.Reference, kind))
                .Select(f => (Name: f.GraphQLName, Column: f.ContentName)));
        foreach (var (name, column) in sortable)
        {
            var value = GraphQLNames.EnumValue(name, 0);
            orderBy.Add(values.Claim(value + "_ASC"), column + " asc", $"{name}, smallest or earliest first");
            orderBy.Add(values.Claim(value + "_DESC"), column + " desc", $"{name}, largest or latest first");
        }
        return orderBy;
    }

    private InputObjectGraphType Input(TypeModel type, string name, string description, bool create)
    {
        var input = new InputObjectGraphType { Name = name, Description = description };
        foreach (var field in type.Fields.Where(f => !f.Settings.ReadOnly))
        {
            var valueType = InputOf(field);
            var required = create && field.Settings.Required && field.Settings.Default is null;
            input.AddField(new FieldType { Name = field.GraphQLName, ResolvedType = required ? new NonNullGraphType(valueType) : valueType, Description = field.Description });
        }
        return input;
    }

    private IGraphType InputOf(FieldModel field)
    {
        IGraphType single = field.Shape switch
        {
            FieldShape.Decimal => shared.Scalars.Decimal,
            FieldShape.Money => shared.MoneyInput,
            FieldShape.Boolean => shared.Scalars.Boolean,
            FieldShape.Date => shared.Scalars.Date,
            FieldShape.DateTime => shared.Scalars.DateTime,
            FieldShape.Choice => field.Enum!,
            FieldShape.Relation or FieldShape.User => shared.Scalars.Id,
            _ => shared.Scalars.String,
        };
        return field.Multiple ? new ListGraphType(new NonNullGraphType(single)) : single;
    }
}
