using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Modules;
using Crm.Core.Recipes;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Recipes;

/// <summary>
/// <c>{ "name": "WorkflowType", "Workflows": [ { "name": "SalesReminder", "activities": [...], "transitions": [...], "enabled": true } ] }</c>
/// Saves each workflow's draft and publishes it (unless <c>"publish": false</c>) when it differs from the published
/// version, so running a recipe twice changes nothing. Problems are reported at the activity's JSON path.
/// </summary>
[ForFeature("Crm.Workflows")]
public sealed class WorkflowTypeStep(WorkflowStore workflows) : IRecipeStep
{
    public string Name => "WorkflowType";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (workflow, path) in context.Objects(context.Step, "Workflows", required: true))
        {
            context.String(workflow, "name", path, required: true);
            try
            {
                WorkflowJson.Read(workflow.ToJsonString());
            }
            catch (JsonException e)
            {
                context.Error(path, $"is not a workflow definition: {e.Message}");
            }
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var list = context.Step["Workflows"]!.AsArray();
        for (var j = 0; j < list.Count; j++)
        {
            var json = list[j]!.AsObject();
            var definition = WorkflowJson.Read(json.ToJsonString());
            var path = $"$.steps[{context.StepIndex}].Workflows[{j}]";
            try
            {
                var type = await workflows.SaveDraftAsync(definition, cancellationToken);
                var published = type.PublishedVersion is { } v ? await workflows.VersionAsync(type.Id, v, cancellationToken) : null;
                if (json["publish"]?.GetValue<bool>() != false && (published is null || WorkflowJson.Write(published.Definition) != WorkflowJson.Write(type.Draft)))
                {
                    await workflows.PublishAsync(type.Id, null, cancellationToken);
                }
                if (json["enabled"] is JsonValue enabled && enabled.GetValue<bool>() != type.Enabled) await workflows.SetEnabledAsync(type.Id, enabled.GetValue<bool>(), cancellationToken);
            }
            catch (WorkflowValidationException e)
            {
                throw new RecipeException(context.Recipe.Name, e.Problems.Select(p => new RecipeError(context.StepIndex, PathOf(definition, p, path), p.Message)).ToList());
            }
        }
    }

    private static string PathOf(WorkflowDefinition definition, WorkflowProblem problem, string path)
    {
        var index = definition.Activities.ToList().FindIndex(a => a.Id == problem.ActivityId);
        var at = index >= 0 ? $"{path}.activities[{index}]" : path;
        return problem.Path.Length == 0 ? at : problem.Path.StartsWith("transitions", StringComparison.Ordinal) ? $"{path}.{problem.Path}" : $"{at}.{problem.Path}";
    }
}
