using Crm.Core.Recipes;

namespace Crm.Core.Settings;

/// <summary><c>{ "name": "Settings", "SiteName": "Acme", "TimeZone": "Asia/Seoul", "Culture": "ko-KR" }</c></summary>
public sealed class SettingsStep(SiteSettings settings) : IRecipeStep
{
    public string Name => "Settings";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (name, value) in context.Step.Where(p => !IsStepName(p.Key)))
        {
            if (settings.Definition(name) is not { } definition)
            {
                context.Error("." + name, $"unknown setting; known settings: {string.Join(", ", settings.Definitions.Select(d => d.Name).Order())}");
            }
            else if (definition.Validate(value) is { } error)
            {
                context.Error("." + name, error);
            }
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in context.Step.Where(p => !IsStepName(p.Key)))
        {
            await settings.SetAsync(name, value?.DeepClone(), cancellationToken);
        }
    }

    private static bool IsStepName(string property) => string.Equals(property, "name", StringComparison.OrdinalIgnoreCase);
}
