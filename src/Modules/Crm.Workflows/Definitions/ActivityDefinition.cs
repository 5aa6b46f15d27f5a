using System.Text.Json.Nodes;

namespace Crm.Workflows.Definitions;

/// <param name="Properties">The activity's settings; text properties are Liquid templates, conditions JavaScript.</param>
/// <param name="Retry">How often a failing run is retried before the Failed outcome (or an incident).</param>
public sealed record ActivityDefinition(string Id, string Type, double X = 0, double Y = 0, bool IsStart = false, JsonObject? Properties = null, RetryPolicy? Retry = null)
{
    public JsonNode? Property(string name) => Properties?[name];

    public string? Text(string name) => Properties?[name] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
