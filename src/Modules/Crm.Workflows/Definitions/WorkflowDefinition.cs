using System.Text.Json.Serialization;

namespace Crm.Workflows.Definitions;

/// <summary>
/// A workflow as the designer and recipes write it (DESIGN.md "Workflows"): activities placed on a canvas, and transitions
/// from an activity's outcome to the next activity. Start activities (triggers) have <see cref="ActivityDefinition.IsStart"/>.
/// </summary>
public sealed record WorkflowDefinition
{
    public string Name { get; init; } = "";
    public string? DisplayName { get; init; }
    public IReadOnlyList<ActivityDefinition> Activities { get; init; } = [];
    public IReadOnlyList<TransitionDefinition> Transitions { get; init; } = [];

    [JsonIgnore]
    public string Title => string.IsNullOrWhiteSpace(DisplayName) ? Name : DisplayName;

    public ActivityDefinition? Find(string id) => Activities.FirstOrDefault(a => a.Id == id);

    /// <summary>The activities an outcome of <paramref name="source"/> leads to.</summary>
    public IEnumerable<string> Next(string source, string outcome) =>
        Transitions.Where(t => t.Source == source && string.Equals(t.Outcome, outcome, StringComparison.OrdinalIgnoreCase)).Select(t => t.Destination);

    public bool HasTransition(string source, string outcome) => Next(source, outcome).Any();
}
