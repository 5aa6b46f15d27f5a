using Crm.Core.Content.Definitions;
using Crm.GraphQL.Resolvers;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>
/// The model itself: <c>contentTypes</c> for every caller (the types they may view), and for administrators mutations
/// that create a type and add or change a field — the schema shows the change on the next request.
/// </summary>
internal sealed class MetadataSchema
{
    public static readonly string[] TypeNames =
        ["ContentTypeInfo", "ContentFieldInfo", "ChoiceOptionInfo", "ContentTypeInput", "ContentFieldInput", "ContentFieldChangeInput", "ChoiceOptionInput"];

    private readonly SharedTypes _shared;
    private readonly ObjectGraphType _typeInfo;
    private readonly InputObjectGraphType _typeInput;
    private readonly InputObjectGraphType _fieldInput;
    private readonly InputObjectGraphType _fieldChange;

    public MetadataSchema(SharedTypes shared)
    {
        _shared = shared;
        var s = shared.Scalars;
        var option = new ObjectGraphType { Name = "ChoiceOptionInfo", Description = "An option of a choice field." };
        option.AddField(SharedTypes.Field("value", SharedTypes.NonNull(s.String), "What is stored.", o => ((OptionInfo)o).Option.Value));
        option.AddField(SharedTypes.Field("label", SharedTypes.NonNull(s.String), "What staff see.", o => ((OptionInfo)o).Option.Label));
        option.AddField(SharedTypes.Field("enumValue", s.String, "The option's name in the field's GraphQL enum.", o => ((OptionInfo)o).EnumValue));

        var field = new ObjectGraphType { Name = "ContentFieldInfo", Description = "A field of a content type." };
        field.AddField(SharedTypes.Field("name", SharedTypes.NonNull(s.String), "The field's name in the model (and in filters).", f => Ref(f).Field.Name));
        field.AddField(SharedTypes.Field("part", SharedTypes.NonNull(s.String), "The part holding the field.", f => Ref(f).PartName));
        field.AddField(SharedTypes.Field("graphQLName", s.String, "The field's name in this API.", f => ((FieldInfo)f).Naming.FieldName(Ref(f))));
        field.AddField(SharedTypes.Field("displayName", SharedTypes.NonNull(s.String), null, f => Ref(f).Field.DisplayName));
        field.AddField(SharedTypes.Field("hint", s.String, null, f => Ref(f).Field.Settings.Hint));
        field.AddField(SharedTypes.Field("kind", SharedTypes.NonNull(s.String), "Text, Number, Money, Boolean, Date, DateTime, Choice, Email, Phone, Link, Markdown, Html, ContentPicker, UserPicker or Tags.", f => Ref(f).Field.Kind));
        field.AddField(SharedTypes.Field("required", SharedTypes.NonNull(s.Boolean), null, f => Ref(f).Field.Settings.Required));
        field.AddField(SharedTypes.Field("indexed", SharedTypes.NonNull(s.Boolean), "Filters and sorts on it are served by an index.", f => Ref(f).Field.Settings.Indexed));
        field.AddField(SharedTypes.Field("unique", SharedTypes.NonNull(s.Boolean), "No two items of the type may have the same value (text compared without regard to case).", f => Ref(f).Field.Settings.Unique));
        field.AddField(SharedTypes.Field("multiple", SharedTypes.NonNull(s.Boolean), null, f => Ref(f).Field.Settings.Multiple));
        field.AddField(SharedTypes.Field("relatedTypes", SharedTypes.ListOf(s.String), null, f => Ref(f).Field.Settings.RelatedTypes));
        field.AddField(SharedTypes.Field("options", SharedTypes.ListOf(option), null,
            f => Ref(f).Field.Settings.Options.Zip(SchemaNaming.EnumValues(Ref(f).Field.Settings.Options), (o, name) => new OptionInfo(o, name)).ToList()));

        var uniqueKey = new ObjectGraphType { Name = "ContentUniqueKeyInfo", Description = "Fields whose values together only one item of the type may have." };
        uniqueKey.AddField(SharedTypes.Field("name", SharedTypes.NonNull(s.String), null, k => ((UniqueKeyDefinition)k).Name));
        uniqueKey.AddField(SharedTypes.Field("fields", SharedTypes.ListOf(s.String), null, k => ((UniqueKeyDefinition)k).Fields));

        _typeInfo = new ObjectGraphType { Name = "ContentTypeInfo", Description = "A content type and its fields." };
        _typeInfo.AddField(SharedTypes.Field("name", SharedTypes.NonNull(s.String), null, t => ((TypeInfo)t).Type.Name));
        _typeInfo.AddField(SharedTypes.Field("graphQLName", s.String, "The type's name in this API.", t => ((TypeInfo)t).Naming.TypeName(((TypeInfo)t).Type.Name)));
        _typeInfo.AddField(SharedTypes.Field("displayName", SharedTypes.NonNull(s.String), null, t => ((TypeInfo)t).Type.DisplayName));
        _typeInfo.AddField(SharedTypes.Field("creatable", SharedTypes.NonNull(s.Boolean), null, t => ((TypeInfo)t).Type.Settings.Creatable));
        _typeInfo.AddField(SharedTypes.Field("listable", SharedTypes.NonNull(s.Boolean), null, t => ((TypeInfo)t).Type.Settings.Listable));
        _typeInfo.AddField(SharedTypes.Field("securable", SharedTypes.NonNull(s.Boolean), null, t => ((TypeInfo)t).Type.Settings.Securable));
        _typeInfo.AddField(SharedTypes.Field("uniqueKeys", SharedTypes.ListOf(uniqueKey), "Unique combinations of fields (a single unique field says so itself).", t => ((TypeInfo)t).Type.Settings.UniqueKeys));
        _typeInfo.AddField(SharedTypes.Field("fields", SharedTypes.ListOf(field), null,
            t => ((TypeInfo)t).Definitions.FieldsOf(((TypeInfo)t).Type).Select(f => new FieldInfo(f, ((TypeInfo)t).Naming)).ToList()));

        _typeInput = SharedTypes.Input("ContentTypeInput", "A new content type.",
            ("name", SharedTypes.NonNull(s.String)), ("displayName", s.String), ("creatable", s.Boolean), ("listable", s.Boolean), ("securable", s.Boolean));
        var optionInput = SharedTypes.Input("ChoiceOptionInput", "An option of a choice field.", ("value", SharedTypes.NonNull(s.String)), ("label", s.String));
        (string, IGraphType)[] settings =
        [
            ("displayName", s.String), ("hint", s.String), ("required", s.Boolean), ("indexed", s.Boolean), ("unique", s.Boolean), ("multiple", s.Boolean),
            ("options", new ListGraphType(new NonNullGraphType(optionInput))), ("relatedTypes", new ListGraphType(new NonNullGraphType(s.String))),
            ("currency", s.String), ("min", s.Decimal), ("max", s.Decimal), ("maxLength", s.Int), ("pattern", s.String),
        ];
        _fieldInput = SharedTypes.Input("ContentFieldInput", "A new field.", [("name", SharedTypes.NonNull(s.String)), ("kind", SharedTypes.NonNull(s.String)), .. settings]);
        _fieldChange = SharedTypes.Input("ContentFieldChangeInput", "Settings of a field to change; the ones left out keep their value.", settings);
    }

    public void AddTo(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.AddField(new FieldType
        {
            Name = "contentTypes", Description = "The content types you may view, with their fields.", ResolvedType = SharedTypes.ListOf(_typeInfo),
            Resolver = new FuncFieldResolver<object?>(MetadataResolvers.TypesAsync),
        });
        mutation.AddField(new FieldType
        {
            Name = "createContentType", Description = "Creates a content type (ManageContentTypes).", ResolvedType = _typeInfo,
            Arguments = new QueryArguments(new QueryArgument(SharedTypes.NonNull(_typeInput)) { Name = "input" }),
            Resolver = new FuncFieldResolver<object?>(MetadataResolvers.CreateTypeAsync),
        });
        mutation.AddField(new FieldType
        {
            Name = "addContentField", Description = "Adds a field to a content type (ManageContentTypes).", ResolvedType = _typeInfo,
            Arguments = new QueryArguments(new QueryArgument(SharedTypes.NonNull(_shared.Scalars.String)) { Name = "type" }, new QueryArgument(SharedTypes.NonNull(_fieldInput)) { Name = "input" }),
            Resolver = new FuncFieldResolver<object?>(MetadataResolvers.AddFieldAsync),
        });
        mutation.AddField(new FieldType
        {
            Name = "alterContentField", Description = "Changes a field's settings (ManageContentTypes); its name and kind stay.", ResolvedType = _typeInfo,
            Arguments = new QueryArguments(
                new QueryArgument(SharedTypes.NonNull(_shared.Scalars.String)) { Name = "type" },
                new QueryArgument(SharedTypes.NonNull(_shared.Scalars.String)) { Name = "field" },
                new QueryArgument(SharedTypes.NonNull(_fieldChange)) { Name = "input" }),
            Resolver = new FuncFieldResolver<object?>(MetadataResolvers.AlterFieldAsync),
        });
    }

    private static ContentFieldReference Ref(object source) => ((FieldInfo)source).Field;

    private sealed record OptionInfo(ChoiceOption Option, string? EnumValue);

    private sealed record FieldInfo(ContentFieldReference Field, SchemaNaming Naming);
}
