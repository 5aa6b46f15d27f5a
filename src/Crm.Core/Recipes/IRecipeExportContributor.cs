using System.Text.Json.Nodes;

namespace Crm.Core.Recipes;

/// <summary>A module's part of a tenant export: a recipe step (e.g. the WorkflowType step with every workflow), or null for none.</summary>
public interface IRecipeExportContributor
{
    Task<JsonObject?> ExportStepAsync(CancellationToken cancellationToken);
}
