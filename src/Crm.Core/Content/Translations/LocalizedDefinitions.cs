using System.Globalization;
using Crm.Core.Content.Definitions;
using Crm.Core.Tenants;

namespace Crm.Core.Content.Translations;

/// <summary>
/// The definitions as the current UI culture reads them (type, field and option names translated), for screens.
/// Names and stored values are those of <see cref="ContentDefinitionManager"/>; editors and the API use that one.
/// </summary>
public sealed class LocalizedDefinitions(ContentDefinitionManager definitions, ContentTranslations translations, TenantCache cache)
{
    public async Task<ContentDefinitions> GetAsync(CancellationToken cancellationToken = default)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        if (!ContentTranslations.IsSupported(culture)) return await definitions.GetAsync(cancellationToken);
        return await cache.GetOrCreateAsync("content-definitions:" + culture.ToLowerInvariant(), async ct =>
        {
            var texts = await translations.GetAsync(culture, ct);
            return DefinitionTexts.Translate(await definitions.GetAsync(ct), texts);
        }, cancellationToken);
    }
}
