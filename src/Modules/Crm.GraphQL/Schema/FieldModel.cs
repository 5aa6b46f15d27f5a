using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>A content field as the schema exposes it: its GraphQL name, shape and (for choices) enum.</summary>
internal sealed class FieldModel(string graphQLName, ContentFieldReference reference, FieldShape shape)
{
    public string GraphQLName { get; } = graphQLName;
    public ContentFieldReference Reference { get; } = reference;
    public FieldShape Shape { get; } = shape;
    public FieldSettings Settings => Reference.Field.Settings;
    public bool Multiple => Settings.Multiple || Shape == FieldShape.Tags;

    /// <summary>"Part.Field": how filters, sorts and the content manager name the field unambiguously.</summary>
    public string ContentName => Reference.QualifiedName;

    /// <summary>Choice fields: the enum of their options (values are the stored option values).</summary>
    public EnumerationGraphType? Enum { get; set; }

    /// <summary>A relation with one related type: that type.</summary>
    public TypeModel? Related { get; set; }

    /// <summary>A single relation with one related type: that type, through which filters may hop.</summary>
    public TypeModel? Target => Multiple ? null : Related;

    public string Description => Settings.Hint is { Length: > 0 } hint ? $"{Reference.Field.DisplayName}: {hint}" : Reference.Field.DisplayName;

    public JsonNode? Read(ContentItem item) => item.Value(Reference.PartName, Reference.Field.Name);

    /// <summary>The value the schema serves (<see cref="ContentValues.FromJson(JsonNode?)"/>), read without a node when the item still holds its stored document.</summary>
    public object? ReadValue(ContentItem item) =>
        item.TryGetStoredValue(Reference.PartName, Reference.Field.Name, out var stored) ? ContentValues.FromJson(stored) : ContentValues.FromJson(Read(item));

    public static FieldShape ShapeOf(IContentFieldKind kind, FieldSettings settings) => kind switch
    {
        NumberFieldKind => FieldShape.Decimal,
        MoneyFieldKind => FieldShape.Money,
        BooleanFieldKind => FieldShape.Boolean,
        DateFieldKind => FieldShape.Date,
        DateTimeFieldKind => FieldShape.DateTime,
        ChoiceFieldKind => FieldShape.Choice,
        TagsFieldKind => FieldShape.Tags,
        ContentPickerFieldKind => FieldShape.Relation,
        UserPickerFieldKind => FieldShape.User,
        // Kinds added by modules: by how they are stored.
        _ => kind.StorageFor(settings) switch
        {
            FieldStorage.Number => FieldShape.Decimal,
            FieldStorage.Boolean => FieldShape.Boolean,
            FieldStorage.Json => FieldShape.Tags,
            _ => FieldShape.Text,
        },
    };
}
