using System.Text.Json.Nodes;
using Crm.Core.Tenants;

namespace Crm.Core.Recipes;

/// <summary>What a step sees while it runs: the validated step JSON and the tenant it runs for.</summary>
public sealed record RecipeExecutionContext(Recipe Recipe, int StepIndex, TenantRuntime Tenant)
{
    public JsonObject Step => Recipe.Steps[StepIndex];
}
