using System.Text.Json.Nodes;

namespace Crm.Workflows.Runtime;

/// <summary>
/// One run of a workflow version. <see cref="State"/> holds its input, variables, the activities still to run, each
/// activity's own state and outputs, and retry counts — all the engine needs to continue on any node.
/// </summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string TypeId { get; init; }
    public required int Version { get; init; }
    public InstanceStatus Status { get; set; }
    public string? Correlation { get; init; }
    public string? DedupeKey { get; init; }
    public required JsonObject State { get; init; }
    public string? Incident { get; set; }
    public bool IsTest { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }

    public JsonObject Input => Section("input");
    public JsonObject Variables => Section("variables");
    public JsonObject Outputs => Section("outputs");

    /// <summary>Activities to run, in order.</summary>
    public JsonArray Queue => State["queue"] as JsonArray ?? (JsonArray)(State["queue"] = new JsonArray());

    public JsonObject ActivityState(string activityId)
    {
        var all = Section("activities");
        return all[activityId] as JsonObject ?? (JsonObject)(all[activityId] = new JsonObject());
    }

    private JsonObject Section(string name) => State[name] as JsonObject ?? (JsonObject)(State[name] = new JsonObject());
}
