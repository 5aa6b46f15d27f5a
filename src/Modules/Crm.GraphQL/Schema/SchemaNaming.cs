using System.Runtime.CompilerServices;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.GraphQL.Schema;

/// <summary>
/// The GraphQL names of one version of the definitions: type names (built-in names first, then content types by name),
/// field names per type (in position order) and enum value names per choice field. The schema builder and the metadata
/// fields both read names here, so <c>contentTypes</c> reports exactly the names the schema uses — also for a type just
/// created by a metadata mutation, before the schema that contains it is built.
/// </summary>
internal sealed class SchemaNaming
{
    private static readonly string[] BuiltInTypes = ["Query", "Mutation", "String", "Int", "Float", "Boolean", "ID"];

    /// <summary>An item's own fields and the where operators, which content fields cannot take.</summary>
    private static readonly string[] ReservedFieldNames = ["id", "contentType", "displayText", "owner", "createdUtc", "modifiedUtc", "version", "AND", "OR", "NOT"];

    private static readonly ConditionalWeakTable<ContentDefinitions, SchemaNaming> Cache = new();

    private readonly Dictionary<string, string> _typeNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(ContentFieldReference Field, IContentFieldKind Kind, string Name)>> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, NameScope> _fieldScopes = new(StringComparer.OrdinalIgnoreCase);

    public SchemaNaming(ContentDefinitions definitions, FieldKinds kinds)
    {
        TypeNames = new NameScope([.. BuiltInTypes, .. new SharedTypes().Names, .. MetadataSchema.TypeNames]);
        foreach (var type in definitions.Types.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            _typeNames[type.Name] = TypeNames.Claim(type.Name);
            var scope = _fieldScopes[type.Name] = new NameScope(ReservedFieldNames);
            _fields[type.Name] = definitions.FieldsOf(type)
                .Select(f => (Field: f, Kind: kinds.Find(f.Field.Kind)))
                .Where(f => f.Kind is not null)
                .Select(f => (f.Field, f.Kind!, scope.Claim(GraphQLNames.Camel(f.Field.Field.Name))))
                .ToList();
        }
    }

    /// <summary>Every other name of the schema (inputs, enums, connections) is claimed here after the types'.</summary>
    public NameScope TypeNames { get; }

    /// <summary>Shared naming of a definitions version, for readers only (the builder makes its own: it claims more names).</summary>
    public static SchemaNaming For(ContentDefinitions definitions, FieldKinds kinds) => Cache.GetValue(definitions, d => new SchemaNaming(d, kinds));

    public string? TypeName(string contentType) => _typeNames.GetValueOrDefault(contentType);

    public IReadOnlyList<(ContentFieldReference Field, IContentFieldKind Kind, string Name)> Fields(string contentType) => _fields.GetValueOrDefault(contentType) ?? [];

    public string? FieldName(ContentFieldReference field) =>
        Fields(field.TypeName).FirstOrDefault(f => f.Field.QualifiedName == field.QualifiedName).Name;

    /// <summary>The names later fields of the type (reverse relations) must not repeat.</summary>
    public NameScope FieldScope(string contentType) => _fieldScopes[contentType];

    /// <summary>The enum value name of each option, in order ("Prospect" → PROSPECT; collisions get 2, 3...).</summary>
    public static IReadOnlyList<string> EnumValues(IReadOnlyList<ChoiceOption> options)
    {
        var scope = new NameScope();
        return options.Select((o, i) => scope.Claim(GraphQLNames.EnumValue(o.Value, i))).ToList();
    }
}
