using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Core.Settings;

/// <summary>The kernel's own tenant settings.</summary>
public static class SiteSettingDefinitions
{
    public static readonly string[] SupportedCultures = ["en-US", "ko-KR"];

    public static IEnumerable<SettingDefinition> All =>
    [
        new("SiteName", "Name shown in the admin header and e-mails", v => Text(v, 200)),
        new("TimeZone", "IANA time zone for dates shown to staff and for schedules", v =>
            Text(v, 100) ?? (TimeZoneInfo.TryFindSystemTimeZoneById(v!.GetValue<string>(), out _) ? null : $"unknown time zone '{v}'")),
        new("Culture", "Default language: en-US or ko-KR", v =>
            Text(v, 10) ?? (SupportedCultures.Contains(v!.GetValue<string>(), StringComparer.OrdinalIgnoreCase)
                ? null : $"unsupported culture '{v}'; supported: {string.Join(", ", SupportedCultures)}")),
        new("PageSize", "Rows per page on list screens (1-500)", v =>
            v is JsonValue n && n.GetValueKind() == JsonValueKind.Number && n.TryGetValue<int>(out var size) && size is >= 1 and <= 500
                ? null : "must be a whole number from 1 to 500"),
    ];

    private static string? Text(JsonNode? value, int maxLength) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? (v.GetValue<string>().Length is > 0 and var length && length <= maxLength ? null : $"must be 1 to {maxLength.ToString(CultureInfo.InvariantCulture)} characters")
            : "must be a string";
}
