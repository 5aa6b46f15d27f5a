using Microsoft.AspNetCore.Localization;

namespace Crm.Web.Localization;

/// <summary>
/// Accept-Language, matched by language rather than exact tag: the built-in provider would turn "ko" or
/// "en-GB" away (it only falls back from specific to neutral), leaving Korean browsers on the default.
/// </summary>
public sealed class BrowserLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        var culture = languages
            .Where(l => (l.Quality ?? 1) > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => CrmCultures.ForLanguageTag(l.Value.Value))
            .FirstOrDefault(c => c is not null);
        return culture is null ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }
}
