namespace Crm.Core.Content.Definitions;

/// <summary>A reusable group of fields (a type's own fields live in a part named after the type).</summary>
public sealed record ContentPartDefinition
{
    public required string Name { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];

    /// <summary>Fields removed from the part whose stored values are kept until purged.</summary>
    public IReadOnlyList<string> RemovedFields { get; init; } = [];
}
