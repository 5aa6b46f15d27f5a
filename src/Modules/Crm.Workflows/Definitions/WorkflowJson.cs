using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Workflows.Definitions;

/// <summary>How definitions are written: camelCase JSON, as in DESIGN.md, recipes and the designer.</summary>
public static class WorkflowJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string Write(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>The definition, or an exception naming what is wrong with the JSON.</summary>
    public static WorkflowDefinition Read(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options) ?? throw new JsonException("The workflow definition is empty.");
}
