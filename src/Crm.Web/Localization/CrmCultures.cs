using System.Globalization;
using Crm.Core.Settings;

namespace Crm.Web.Localization;

/// <summary>The UI languages of the platform; the kernel's "Culture" setting accepts the same list.</summary>
public static class CrmCultures
{
    public const string Default = "en-US";

    public static IReadOnlyList<string> Supported => SiteSettingDefinitions.SupportedCultures;

    /// <summary>The supported culture named by <paramref name="name"/> (case-insensitive), or null.</summary>
    public static string? Find(string? name) =>
        Supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The supported culture for a browser language tag: exact, else by language ("ko" and "ko-KP" → ko-KR,
    /// "en-GB" → en-US), so a browser that names only the language still gets it.
    /// </summary>
    public static string? ForLanguageTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var language = tag.Split('-', 2)[0];
        return Find(tag) ?? Supported.FirstOrDefault(c => c.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase));
    }

    public static IList<CultureInfo> AsCultureInfos() => Supported.Select(CultureInfo.GetCultureInfo).ToList();
}
