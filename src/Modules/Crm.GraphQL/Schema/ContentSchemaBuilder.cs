using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>
/// Builds a tenant's schema from its content definitions. Names come from <see cref="SchemaNaming"/> and are claimed in a
/// fixed order, so the same definitions give the same schema.
/// </summary>
internal sealed class ContentSchemaBuilder(ContentDefinitions definitions, FieldKinds kinds, IReadOnlyList<IGraphQLSchemaContributor> contributors)
{
    public ISchema Build()
    {
        var shared = new SharedTypes();
        var naming = new SchemaNaming(definitions, kinds);
        var typeNames = naming.TypeNames;
        var models = definitions.Types.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new TypeModel(t, naming.TypeName(t.Name)!)).ToList();
        var byName = models.ToDictionary(m => m.Definition.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var model in models) AddFields(model, naming, byName);

        var inputs = new ContentTypeInputs(shared, typeNames, definitions, kinds);
        foreach (var model in models) inputs.BuildEnums(model);
        foreach (var model in models) inputs.Build(model);
        var outputs = new ContentTypeFields(shared, typeNames, definitions);
        foreach (var model in models) outputs.Build(model, models, naming.FieldScope(model.Definition.Name));

        var query = new ObjectGraphType { Name = "Query", Description = "Reads the CRM's content." };
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Changes the CRM's content and model." };
        var rootNames = new NameScope(["contentTypes"]);
        var mutationNames = new NameScope(["createContentType", "addContentField", "alterContentField"]);
        var roots = new ContentRootFields(shared);
        foreach (var model in models)
        {
            roots.AddQueries(query, model, rootNames);
            roots.AddMutations(mutation, model, mutationNames);
        }
        new MetadataSchema(shared).AddTo(query, mutation);
        var parts = new GraphQLSchemaParts(query, mutation, shared.Scalars);
        foreach (var contributor in contributors) contributor.Contribute(parts);

        var schema = new global::GraphQL.Types.Schema
        {
            Query = query, Mutation = mutation, Description = "CrmPlatform: the tenant's content types, generated from their definitions.",
            // Names are made here (camelCase fields, AND/OR/NOT); the default converter would camel-case "AND" into "aND".
            NameConverter = global::GraphQL.Conversion.DefaultNameConverter.Instance,
        };
        // Types reachable only through the ContentItem interface still belong to the schema.
        foreach (var model in models) schema.RegisterType(model.Object);
        schema.Initialize();
        return schema;
    }

    private static void AddFields(TypeModel model, SchemaNaming naming, IReadOnlyDictionary<string, TypeModel> byName)
    {
        foreach (var (reference, kind, name) in naming.Fields(model.Definition.Name))
        {
            var field = new FieldModel(name, reference, FieldModel.ShapeOf(kind, reference.Field.Settings));
            if (field.Shape == FieldShape.Relation && field.Settings.RelatedTypes.Count == 1) field.Related = byName.GetValueOrDefault(field.Settings.RelatedTypes[0]);
            model.Add(field);
        }
    }
}
