using System.Text.Json.Nodes;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Designer;

/// <summary>
/// A definition as the canvas draws it: the definition's own JSON plus, per activity, the outcomes it has for its settings
/// (one port each), and each type's display name — what the designer and the read-only instance view both start from.
/// </summary>
public static class WorkflowDiagram
{
    public static JsonObject From(WorkflowDefinition definition, ActivityRegistry registry) => new()
    {
        ["definition"] = JsonNode.Parse(WorkflowJson.Write(definition)),
        ["outcomes"] = Outcomes(definition, registry),
        ["labels"] = Labels(definition, registry),
    };

    /// <summary>Activity type → its display name, for the node titles.</summary>
    public static JsonObject Labels(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var labels = new JsonObject();
        foreach (var type in definition.Activities.Select(a => a.Type).Where(t => !string.IsNullOrEmpty(t)).Distinct())
        {
            labels[type] = registry.Find(type)?.Descriptor.DisplayName ?? type;
        }
        return labels;
    }

    /// <summary>Activity id → its outcomes; an unknown type has none (the validator names it).</summary>
    public static JsonObject Outcomes(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var outcomes = new JsonObject();
        foreach (var activity in definition.Activities.Where(a => !string.IsNullOrEmpty(a.Id)).DistinctBy(a => a.Id))
        {
            var names = registry.Find(activity.Type)?.Outcomes(activity) ?? [];
            outcomes[activity.Id] = new JsonArray(names.Select(n => (JsonNode)n).ToArray());
        }
        return outcomes;
    }
}
