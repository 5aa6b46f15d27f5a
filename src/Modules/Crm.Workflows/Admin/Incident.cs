using System.Text.Json.Nodes;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Admin;

/// <summary>Why a Faulted instance stopped: the activity that failed with no retries left, its message and when.</summary>
public sealed record Incident(string ActivityId, string Message, string? At)
{
    /// <summary>The incident the runner recorded on the instance, or null when it has none.</summary>
    public static Incident? Of(WorkflowInstance instance)
    {
        if (string.IsNullOrEmpty(instance.Incident) || JsonNode.Parse(instance.Incident) is not JsonObject json) return null;
        return new Incident(json["activityId"]?.GetValue<string>() ?? "", json["message"]?.GetValue<string>() ?? "", json["at"]?.GetValue<string>());
    }
}
