using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Which fields a list may be sorted by: single values that an index serves — fields marked indexed, relation fields
/// (always indexed) and fields of the type's composite indexes. Sorting by anything else would read the whole type.
/// </summary>
public static class ContentSortability
{
    public static bool IsSortable(ContentDefinitions definitions, ContentTypeDefinition type, ContentFieldReference field, IContentFieldKind kind) =>
        kind.StorageFor(field.Field.Settings) != FieldStorage.Json
        && (field.Field.Settings.Indexed || kind is ContentPickerFieldKind or UserPickerFieldKind
            || type.Settings.CompositeIndexes
                .SelectMany(index => index.Fields.Select(IndexColumn.Parse))
                .Any(column => definitions.FindField(type, column.Field)?.QualifiedName == field.QualifiedName));
}
