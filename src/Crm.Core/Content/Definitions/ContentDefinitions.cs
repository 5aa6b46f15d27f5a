using System.Collections.Concurrent;

namespace Crm.Core.Content.Definitions;

/// <summary>A tenant's content types and parts at one version, with lookups. Immutable; cached per tenant.</summary>
public sealed class ContentDefinitions
{
    public static readonly ContentDefinitions Empty = new([], []);

    private readonly Dictionary<string, ContentTypeDefinition> _types;
    private readonly Dictionary<string, ContentPartDefinition> _parts;
    private readonly ConcurrentDictionary<ContentTypeDefinition, IReadOnlyList<ContentFieldReference>> _fields = new(ReferenceEqualityComparer.Instance);

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

    /// <summary>
    /// Every field of a type, in part then field position order, with the JSON path where it is stored. Kept for this
    /// instance's own types (filters, sorts and field lookups ask on every query); computed for any other.
    /// </summary>
    public IReadOnlyList<ContentFieldReference> FieldsOf(ContentTypeDefinition type) =>
        _types.TryGetValue(type.Name, out var own) && ReferenceEquals(own, type) ? _fields.GetOrAdd(type, ComputeFieldsOf) : ComputeFieldsOf(type);

    private IReadOnlyList<ContentFieldReference> ComputeFieldsOf(ContentTypeDefinition type) =>
        type.Parts.OrderBy(p => p.Position)
            .SelectMany(typePart => (FindPart(typePart.PartName)?.Fields ?? [])
                .OrderBy(f => f.Settings.Position)
                .Select(field => new ContentFieldReference(type.Name, typePart.Name, field)))
            .ToList();

    /// <summary>The fields people edit on forms and through API inputs: every field but the read-only ones the system keeps.</summary>
    public IReadOnlyList<ContentFieldReference> EditableFieldsOf(ContentTypeDefinition type) => FieldsOf(type).Where(f => !f.Field.Settings.ReadOnly).ToList();

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

    /// <summary>A new type with a part of its own (named after it) to hold its fields — how the type editor and the API make types.</summary>
    public ContentDefinitions WithNewType(string name, string displayName, ContentTypeSettings? settings = null) =>
        With(new ContentPartDefinition { Name = name })
            .With(new ContentTypeDefinition { Name = name, DisplayName = displayName, Settings = settings ?? new(), Parts = [new ContentTypePartDefinition(name, name)] });

    /// <summary>
    /// Adds a field to the type's own part (last position), or replaces the field of that name keeping its position.
    /// A type made elsewhere without its own part gets it attached, as the editor's types have.
    /// </summary>
    public ContentDefinitions WithOwnField(string typeName, ContentFieldDefinition field)
    {
        var type = FindType(typeName) ?? throw new ContentDefinitionException([new(typeName, $"type '{typeName}' is not defined")]);
        var own = FindPart(type.Name) ?? new ContentPartDefinition { Name = type.Name };
        var existing = own.Fields.FirstOrDefault(f => string.Equals(f.Name, field.Name, StringComparison.OrdinalIgnoreCase));
        var position = existing?.Settings.Position ?? own.Fields.Select(f => f.Settings.Position + 1).DefaultIfEmpty(0).Max();
        var placed = field with { Name = existing?.Name ?? field.Name, Settings = field.Settings with { Position = position } };
        var result = With(own with { Fields = own.Fields.Where(f => f != existing).Append(placed).ToList() });
        return type.Parts.Any(p => string.Equals(p.PartName, own.Name, StringComparison.OrdinalIgnoreCase)) ? result
            : result.With(type with { Parts = [.. type.Parts, new ContentTypePartDefinition(own.Name, own.Name, type.Parts.Count)] });
    }

    public ContentDefinitions WithoutType(string name) =>
        new(Types.Where(t => !string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)).ToList(), Parts);
}
