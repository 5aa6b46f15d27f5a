namespace Crm.Core.Content.Definitions;

public sealed record ContentTypeSettings
{
    /// <summary>Staff can create items of the type from its screens.</summary>
    public bool Creatable { get; init; } = true;

    /// <summary>The type has a list screen.</summary>
    public bool Listable { get; init; } = true;

    /// <summary>The type has its own view/edit/delete permissions.</summary>
    public bool Securable { get; init; }

    /// <summary>Template for an item's display text, e.g. "{{ Name }} ({{ Company }})"; empty: the first text field.</summary>
    public string? DisplayText { get; init; }

    /// <summary>Field names shown by default on the list screen, in order.</summary>
    public IReadOnlyList<string> ListColumns { get; init; } = [];

    /// <summary>A single-choice field whose options are the kanban board's columns.</summary>
    public string? KanbanField { get; init; }

    /// <summary>Multi-field indexes for the hot list queries (e.g. Stage, Grade, LastActivityAt desc).</summary>
    public IReadOnlyList<CompositeIndexDefinition> CompositeIndexes { get; init; } = [];

    /// <summary>Field combinations only one live item may have (single fields: <see cref="FieldSettings.Unique"/>).</summary>
    public IReadOnlyList<UniqueKeyDefinition> UniqueKeys { get; init; } = [];

    /// <summary>When two items of the type are probably the same record (import checks, "find duplicates", merge).</summary>
    public IReadOnlyList<DuplicateRuleDefinition> DuplicateRules { get; init; } = [];
}
