using System.Text.Json.Nodes;
using Crm.Core.Modules;
using Crm.Core.Recipes;

namespace Crm.Workflows.Definitions;

/// <summary>
/// The content types the features' own recipes define, whether the feature is enabled or not. A content event trigger may
/// name one of them before it exists (Crm.Retention's RankUp starts on Crm.Grades' GradeChange): the workflow is published
/// and starts nothing until the feature brings the type. A name no feature ships is still refused as a typo.
/// </summary>
public sealed class ShippedContentTypes(FeatureCatalog catalog, RecipeHarvester harvester)
{
    /// <returns>The id of a feature whose recipe defines the type, or null.</returns>
    public async Task<string?> FeatureOfAsync(string type, CancellationToken cancellationToken)
    {
        foreach (var feature in catalog.Features)
        {
            foreach (var recipe in await harvester.FeatureRecipesAsync(feature, cancellationToken))
            {
                if (recipe.Steps.Any(step => Defines(step, type))) return feature.Id;
            }
        }
        return null;
    }

    private static bool Defines(JsonObject step, string type) =>
        string.Equals(step["name"]?.GetValue<string>(), "ContentDefinition", StringComparison.OrdinalIgnoreCase)
        && step["ContentTypes"] is JsonArray types
        && types.Any(t => t?["Name"] is JsonValue name && string.Equals(name.GetValue<string>(), type, StringComparison.OrdinalIgnoreCase));
}
