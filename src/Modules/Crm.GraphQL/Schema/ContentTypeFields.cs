using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.GraphQL.Resolvers;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>
/// A type's output: its object type (item columns, fields, relations, reverse relations) implementing ContentItem,
/// and its Relay connection and edge types.
/// </summary>
internal sealed class ContentTypeFields(SharedTypes shared, NameScope typeNames, ContentDefinitions definitions)
{
    public void Build(TypeModel type, IReadOnlyList<TypeModel> all, NameScope fieldNames)
    {
        var target = type.Object;
        foreach (var field in shared.MetadataFields()) target.AddField(field);
        foreach (var field in type.Fields) target.AddField(Output(field));
        foreach (var (source, relation) in Reverse(type, all)) target.AddField(ReverseField(source, relation, fieldNames));
        target.AddResolvedInterface(shared.ContentItem);
        shared.ContentItem.AddPossibleType(target);
        target.IsTypeOf = source => source is ContentItem item && string.Equals(item.ContentType, type.Definition.Name, StringComparison.OrdinalIgnoreCase);
        type.Connection = Connection(type);
    }

    private FieldType Output(FieldModel field)
    {
        return new FieldType
        {
            Name = field.GraphQLName,
            Description = field.Description,
            ResolvedType = OutputType(field),
            Resolver = field.Shape switch
            {
                FieldShape.Relation => new FuncFieldResolver<object?>(ctx => RelationResolvers.Related(ctx, field, definitions)),
                FieldShape.User => new FuncFieldResolver<object?>(ctx => RelationResolvers.Owner(ctx, field)),
                _ when field.Multiple => new FuncFieldResolver<object?>(ctx => field.ReadValue((ContentItem)ctx.Source!) ?? new List<object?>()),
                _ => new FuncFieldResolver<object?>(ctx => field.ReadValue((ContentItem)ctx.Source!)),
            },
        };
    }

    private IGraphType OutputType(FieldModel field)
    {
        IGraphType single = field.Shape switch
        {
            FieldShape.Decimal => shared.Scalars.Decimal,
            FieldShape.Money => shared.Money,
            FieldShape.Boolean => shared.Scalars.Boolean,
            FieldShape.Date => shared.Scalars.Date,
            FieldShape.DateTime => shared.Scalars.DateTime,
            FieldShape.Choice => field.Enum!,
            // A relation to one type serves that type; to several, the ContentItem interface.
            FieldShape.Relation => field.Related?.Object ?? (IGraphType)shared.ContentItem,
            FieldShape.User => shared.User,
            _ => shared.Scalars.String,
        };
        return field.Multiple ? SharedTypes.ListOf(single) : single;
    }

    /// <summary>Every single-item relation of any type that may point at this type.</summary>
    private static IEnumerable<(TypeModel Source, FieldModel Relation)> Reverse(TypeModel type, IReadOnlyList<TypeModel> all) =>
        all.SelectMany(source => source.Fields
            .Where(f => f.Shape == FieldShape.Relation && !f.Multiple && f.Settings.RelatedTypes.Contains(type.Definition.Name, StringComparer.OrdinalIgnoreCase))
            .Select(f => (source, f)));

    /// <summary>customer.activities (the relation is named after this type), else customer.activitiesByReferrer.</summary>
    private FieldType ReverseField(TypeModel source, FieldModel relation, NameScope fieldNames)
    {
        var plural = GraphQLNames.Camel(GraphQLNames.Plural(source.Name));
        var named = string.Equals(relation.Reference.Field.Name, relation.Settings.RelatedTypes.Count == 1 ? relation.Settings.RelatedTypes[0] : "", StringComparison.OrdinalIgnoreCase);
        return new FieldType
        {
            Name = fieldNames.Claim(named ? plural : plural + "By" + relation.Reference.Field.Name),
            Description = $"{source.Definition.DisplayName} items whose {relation.Reference.Field.DisplayName} is this item (first 10 unless first says otherwise). " +
                          "Types you may not view give an empty list.",
            ResolvedType = SharedTypes.ListOf(source.Object),
            Arguments = new QueryArguments(
                new QueryArgument(source.Where) { Name = "where" },
                new QueryArgument(new ListGraphType(new NonNullGraphType(source.OrderBy))) { Name = "orderBy", Description = "Default: newest change first." },
                new QueryArgument(shared.Scalars.Int) { Name = "first" }),
            Resolver = new FuncFieldResolver<object?>(ctx => RelationResolvers.ReverseAsync(ctx, source, relation)),
        };
    }

    private ObjectGraphType Connection(TypeModel type)
    {
        var edge = new ObjectGraphType { Name = typeNames.Claim(type.Name + "Edge"), Description = $"A {type.Definition.DisplayName} and its cursor." };
        edge.AddField(SharedTypes.Field("cursor", SharedTypes.NonNull(shared.Scalars.String), "Pass as after or before to page from here.", s => ((Edge)s).Cursor));
        edge.AddField(SharedTypes.Field("node", SharedTypes.NonNull(type.Object), null, s => ((Edge)s).Node));

        var connection = new ObjectGraphType { Name = typeNames.Claim(type.Name + "Connection"), Description = $"A page of {type.Definition.DisplayName} items." };
        connection.AddField(SharedTypes.Field("edges", SharedTypes.ListOf(edge), null,
            s => ((ConnectionResult)s).Items.Select((item, i) => new Edge(((ConnectionResult)s).Cursors, i, item)).ToList()));
        connection.AddField(SharedTypes.Field("nodes", SharedTypes.ListOf(type.Object), "The items without cursors.", s => ((ConnectionResult)s).Items));
        connection.AddField(SharedTypes.Field("pageInfo", SharedTypes.NonNull(shared.PageInfo), null, s => s));
        connection.AddField(SharedTypes.Field("totalCount", shared.Scalars.Int,
            "How many items match: exact, or capped at 10,000 (see totalCountIsExact) unless exactCount is asked for.", s => (int?)((ConnectionResult)s).Count?.Value));
        connection.AddField(SharedTypes.Field("totalCountIsExact", shared.Scalars.Boolean, "False when totalCount stopped counting at the cap.",
            s => ((ConnectionResult)s).Count?.IsExact));
        return connection;
    }

    /// <summary>The cursor is encoded only if the query selects it.</summary>
    private sealed record Edge(IReadOnlyList<string> Cursors, int Index, ContentItem Node)
    {
        public string Cursor => Cursors[Index];
    }
}
