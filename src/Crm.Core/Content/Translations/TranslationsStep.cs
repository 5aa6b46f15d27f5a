using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Recipes;
using Crm.Core.Settings;

namespace Crm.Core.Content.Translations;

/// <summary>
/// <c>{ "name": "Translations", "Culture": "ko-KR", "Texts": { "Customer": "고객", "Stage": "단계" } }</c>
/// Adds or replaces translations of the content definitions' English texts (type, part and field names, hints, option
/// labels); texts not named keep theirs.
/// </summary>
public sealed class TranslationsStep(ContentTranslations translations) : IRecipeStep
{
    public string Name => "Translations";

    public void Validate(RecipeValidationContext context)
    {
        if (context.String(context.Step, "Culture", required: true) is { } culture && !ContentTranslations.IsSupported(culture))
        {
            context.Error(".Culture", $"unsupported culture '{culture}'; supported: {string.Join(", ", SiteSettingDefinitions.SupportedCultures)}");
        }
        if (context.Step["Texts"] is not JsonObject texts)
        {
            context.Error(".Texts", "is required: an object of English text → translation");
            return;
        }
        foreach (var (source, text) in texts)
        {
            var path = $".Texts[{JsonSerializer.Serialize(source)}]";
            if (text is not JsonValue value || value.GetValueKind() != JsonValueKind.String) context.Error(path, "must be a string");
            else if (string.IsNullOrWhiteSpace(value.GetValue<string>())) context.Error(path, "must not be empty");
            else if (ContentTranslations.Check(source, value.GetValue<string>()) is { } problem) context.Error(path, problem);
        }
    }

    public Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken) =>
        translations.SetAsync(
            context.Step["Culture"]!.GetValue<string>(),
            context.Step["Texts"]!.AsObject().ToDictionary(t => t.Key, t => (string?)t.Value!.GetValue<string>()),
            cancellationToken);
}
