using System.Text.Json.Nodes;
using Crm.Core.Modules;
using Crm.Core.Recipes;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Recipes;

/// <summary>Exports every workflow's draft (with its enabled state) as a WorkflowType step.</summary>
public sealed class WorkflowExportContributor(FeatureManager features, WorkflowStore workflows) : IRecipeExportContributor
{
    public async Task<JsonObject?> ExportStepAsync(CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync("Crm.Workflows", cancellationToken)) return null;
        var all = await workflows.ListAsync(cancellationToken);
        if (all.Count == 0) return null;
        var list = new JsonArray();
        foreach (var type in all)
        {
            var json = JsonNode.Parse(WorkflowJson.Write(type.Draft))!.AsObject();
            json["enabled"] = type.Enabled;
            json["publish"] = type.PublishedVersion is not null;
            list.Add(json);
        }
        return new JsonObject { ["name"] = "WorkflowType", ["Workflows"] = list };
    }
}
