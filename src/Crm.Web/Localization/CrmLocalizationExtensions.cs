using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Crm.Web.Localization;

/// <summary>English and Korean: resx per module through IStringLocalizer, culture chosen per user/browser.</summary>
public static class CrmLocalizationExtensions
{
    public static IServiceCollection AddCrmLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Razor would otherwise write every Hangul syllable as a numeric entity (&#xB85C;), tripling page size.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(CrmCultures.Default);
            options.SupportedCultures = CrmCultures.AsCultureInfos();
            options.SupportedUICultures = CrmCultures.AsCultureInfos();
            // An explicit choice (?culture=, the switch's cookie) beats the browser; the tenant's setting only fills in for clients that say nothing.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new BrowserLanguageProvider(),
                new TenantCultureProvider(),
            ];
        });
        return services;
    }
}
