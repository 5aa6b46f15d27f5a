using Crm.Core.Content.Definitions;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>One content type's part of the schema: its object type, inputs, connection and root field names.</summary>
internal sealed class TypeModel(ContentTypeDefinition definition, string name)
{
    public ContentTypeDefinition Definition { get; } = definition;

    /// <summary>The object type's name (the content type's name unless it collides with a built-in type).</summary>
    public string Name { get; } = name;

    public ObjectGraphType Object { get; } = new() { Name = name, Description = definition.DisplayName };
    public List<FieldModel> Fields { get; } = [];
    public Dictionary<string, FieldModel> ByGraphQLName { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, FieldModel> ByContentName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public InputObjectGraphType Where { get; set; } = null!;

    /// <summary>The filter other types use to hop into this one through a relation (its fields, no further hops).</summary>
    public InputObjectGraphType? RelatedWhere { get; set; }

    public EnumerationGraphType OrderBy { get; set; } = null!;
    public InputObjectGraphType CreateInput { get; set; } = null!;
    public InputObjectGraphType UpdateInput { get; set; } = null!;
    public InputObjectGraphType UpsertInput { get; set; } = null!;
    public ObjectGraphType Connection { get; set; } = null!;

    public string SingleField { get; set; } = "";
    public string ListField { get; set; } = "";

    public void Add(FieldModel field)
    {
        Fields.Add(field);
        ByGraphQLName[field.GraphQLName] = field;
        ByContentName[field.ContentName] = field;
    }
}
