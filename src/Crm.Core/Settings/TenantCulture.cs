using System.Globalization;

namespace Crm.Core.Settings;

/// <summary>Texts in the tenant's language (its Culture setting), for mail written outside any reader's request.</summary>
public sealed class TenantCulture(SiteSettings settings)
{
    public async Task<CultureInfo> GetAsync(CancellationToken cancellationToken)
    {
        var name = await settings.GetStringAsync("Culture", cancellationToken);
        return SiteSettingDefinitions.SupportedCultures.Contains(name, StringComparer.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo(name!) : CultureInfo.GetCultureInfo("en-US");
    }

    /// <summary>Runs <paramref name="render"/> (synchronous: localizer lookups) with <paramref name="culture"/> as the UI culture.</summary>
    public static T In<T>(CultureInfo culture, Func<T> render)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            return render();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }
}
