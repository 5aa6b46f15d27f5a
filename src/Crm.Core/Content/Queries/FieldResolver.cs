using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Resolves the names filters and sorts use: a metadata column (Id, DisplayText, Owner, CreatedUtc, ModifiedUtc), a field
/// by "Field" or "Part.Field", or one hop "Relation.Target" through a single-item content picker with one related type.
/// </summary>
internal sealed class FieldResolver(ContentDefinitions definitions, FieldKinds kinds)
{
    public FilterTarget? Resolve(ContentTypeDefinition type, string name, bool allowHop, out string? error)
    {
        error = null;
        if (Direct(type, name) is { } direct) return direct;
        if (allowHop)
        {
            for (var dot = name.IndexOf('.'); dot > 0; dot = name.IndexOf('.', dot + 1))
            {
                if (definitions.FindField(type, name[..dot]) is not { } picker) continue;
                var kind = kinds.Find(picker.Field.Kind);
                if (kind is not ContentPickerFieldKind)
                {
                    error = $"'{name[..dot]}' is not a relation (content picker) field, so '{name}' cannot go through it";
                    return null;
                }
                if (picker.Field.Settings.Multiple || picker.Field.Settings.RelatedTypes.Count != 1)
                {
                    error = $"'{name[..dot]}' points at several items or types; a filter can go through a picker of one item of one type only";
                    return null;
                }
                var targetType = definitions.FindType(picker.Field.Settings.RelatedTypes[0]);
                var rest = name[(dot + 1)..];
                if (targetType is null || Direct(targetType, rest) is not { } target)
                {
                    error = $"'{rest}' is not a field of {targetType?.Name ?? picker.Field.Settings.RelatedTypes[0]} (through '{name[..dot]}'){Known(targetType)}";
                    return null;
                }
                return target with { Name = name, Hop = new FilterHop(picker, kind, targetType) };
            }
        }
        error = $"'{name}' is not a field of {type.Name}{Known(type)}";
        return null;
    }

    private FilterTarget? Direct(ContentTypeDefinition type, string name)
    {
        if (ContentMetadata.IsColumn(name)) return FilterTarget.ForColumn(name);
        if (definitions.FindField(type, name) is not { } field) return null;
        return kinds.Find(field.Field.Kind) is { } kind ? FilterTarget.ForField(name, field, kind) : null;
    }

    private string Known(ContentTypeDefinition? type) => type is null
        ? ""
        : $"; its fields: {string.Join(", ", definitions.FieldsOf(type).Select(f => f.Field.Name))}; metadata: {string.Join(", ", ContentMetadata.Columns.Keys)}";
}
