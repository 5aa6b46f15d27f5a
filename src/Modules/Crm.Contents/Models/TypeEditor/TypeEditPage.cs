using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Contents.Models.TypeEditor;

/// <summary>Everything the type's page shows: settings, its own part's fields, removed fields, composite indexes.</summary>
public sealed record TypeEditPage(
    ContentTypeDefinition Type,
    IReadOnlyList<ContentFieldDefinition> Fields,
    IReadOnlyList<string> RemovedFields,
    IReadOnlyList<string> ColumnChoices,
    IReadOnlyList<string> KanbanChoices,
    long Items,
    string? Notice,
    FormErrors Errors)
{
    public static readonly IReadOnlyList<string> Inputs = ["DisplayName", "DisplayText", "ListColumns", "KanbanField", "Index", "Delete"];

    public static TypeEditPage Build(ContentDefinitions definitions, ContentTypeDefinition type, FieldKinds kinds, long items, string? notice, FormErrors errors)
    {
        var part = definitions.FindPart(type.Name);
        var all = definitions.FieldsOf(type);
        return new TypeEditPage(
            type,
            part?.Fields.OrderBy(f => f.Settings.Position).ToList() ?? [],
            part?.RemovedFields ?? [],
            // A field name alone is ambiguous when two parts share it; the manager accepts "Part.Field" then.
            all.Select(f => all.Count(x => string.Equals(x.Field.Name, f.Field.Name, StringComparison.OrdinalIgnoreCase)) > 1 ? $"{f.PartName}.{f.Field.Name}" : f.Field.Name)
                .Concat(ContentMetadata.Columns.Keys).ToList(),
            all.Where(f => kinds.Find(f.Field.Kind) is ChoiceFieldKind && !f.Field.Settings.Multiple).Select(f => f.Field.Name).ToList(),
            items,
            notice,
            errors);
    }
}
