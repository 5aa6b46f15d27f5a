using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Workflows.Definitions;
using Microsoft.AspNetCore.Http;

namespace Crm.Workflows.Controllers;

/// <summary>The designer's JSON bodies: read once, with a clear message when they are not what the endpoint takes.</summary>
internal static class DesignerRequest
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject ?? throw new DesignerRequestException("The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new DesignerRequestException("The body is not JSON: " + e.Message);
        }
    }

    /// <summary>A definition from JSON, named as the workflow being edited (the designer never renames or creates another).</summary>
    public static WorkflowDefinition Definition(JsonNode? json, string name)
    {
        if (json is not JsonObject) throw new DesignerRequestException("The definition must be a JSON object.");
        try
        {
            return JsonSerializer.Deserialize<WorkflowDefinition>(json, WorkflowJson.Options)! with { Name = name };
        }
        catch (JsonException e)
        {
            throw new DesignerRequestException("The definition is not a workflow: " + e.Message);
        }
    }

    public static ActivityDefinition Activity(JsonNode? json)
    {
        try
        {
            return json is JsonObject ? JsonSerializer.Deserialize<ActivityDefinition>(json, WorkflowJson.Options)! : throw new DesignerRequestException("The activity must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new DesignerRequestException("The activity is not valid: " + e.Message);
        }
    }

    public static object Problems(IEnumerable<WorkflowProblem> problems) =>
        problems.Select(p => new { activityId = p.ActivityId, path = p.Path, message = p.Message }).ToList();
}
