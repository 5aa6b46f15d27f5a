namespace Crm.Core.Content.Definitions;

/// <summary>A tenant's content types and parts at one version, with lookups. Immutable; cached per tenant.</summary>
public sealed class ContentDefinitions
{
    public static readonly ContentDefinitions Empty = new([], []);

    private readonly Dictionary<string, ContentTypeDefinition> _types;
    private readonly Dictionary<string, ContentPartDefinition> _parts;

    public ContentDefinitions(IReadOnlyList<ContentTypeDefinition> types, IReadOnlyList<ContentPartDefinition> parts)
    {
        Types = types;
        Parts = parts;
        _types = types.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        _parts = parts.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ContentTypeDefinition> Types { get; }
    public IReadOnlyList<ContentPartDefinition> Parts { get; }

    public ContentTypeDefinition? FindType(string name) => _types.GetValueOrDefault(name);

    public ContentPartDefinition? FindPart(string name) => _parts.GetValueOrDefault(name);

    /// <summary>Every field of a type, in part then field position order, with the JSON path where it is stored.</summary>
    public IReadOnlyList<ContentFieldReference> FieldsOf(ContentTypeDefinition type) =>
        type.Parts.OrderBy(p => p.Position)
            .SelectMany(typePart => (FindPart(typePart.PartName)?.Fields ?? [])
                .OrderBy(f => f.Settings.Position)
                .Select(field => new ContentFieldReference(type.Name, typePart.Name, field)))
            .ToList();

    /// <summary>A field by "Field" (when unique in the type) or "Part.Field".</summary>
    public ContentFieldReference? FindField(ContentTypeDefinition type, string name)
    {
        var fields = FieldsOf(type);
        var dot = name.IndexOf('.');
        if (dot > 0)
        {
            return fields.FirstOrDefault(f => string.Equals(f.PartName, name[..dot], StringComparison.OrdinalIgnoreCase)
                                              && string.Equals(f.Field.Name, name[(dot + 1)..], StringComparison.OrdinalIgnoreCase));
        }
        var matches = fields.Where(f => string.Equals(f.Field.Name, name, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    public ContentDefinitions With(ContentTypeDefinition type) =>
        new(Types.Where(t => !string.Equals(t.Name, type.Name, StringComparison.OrdinalIgnoreCase)).Append(type).ToList(), Parts);

    public ContentDefinitions With(ContentPartDefinition part) =>
        new(Types, Parts.Where(p => !string.Equals(p.Name, part.Name, StringComparison.OrdinalIgnoreCase)).Append(part).ToList());

    public ContentDefinitions WithoutType(string name) =>
        new(Types.Where(t => !string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)).ToList(), Parts);
}
