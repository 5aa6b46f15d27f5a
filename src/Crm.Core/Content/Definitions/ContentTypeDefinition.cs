namespace Crm.Core.Content.Definitions;

/// <summary>A content type: a named, ordered list of parts (each part has fields), plus type settings.</summary>
public sealed record ContentTypeDefinition
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public ContentTypeSettings Settings { get; init; } = new();
    public IReadOnlyList<ContentTypePartDefinition> Parts { get; init; } = [];
}
