using System.Text.Json.Nodes;
using Crm.Core.Settings;
using Crm.WebTracking.Collection;

namespace Crm.WebTracking.Settings;

/// <summary>The tenant's web tracking settings as the collector and the purge use them (read from the cached site settings).</summary>
public sealed record TrackingSettings(IReadOnlyList<string> AllowedOrigins, bool AnonymizeIp, int RetentionDays, string? GeoIpDatabase)
{
    public const int DefaultRetentionDays = 395;
    public const int MinRetentionDays = 1;
    public const int MaxRetentionDays = 3650;

    public static async Task<TrackingSettings> ReadAsync(SiteSettings settings, CancellationToken cancellationToken)
    {
        var all = await settings.GetAllAsync(cancellationToken);
        var origins = WebOrigins.Listed(all.GetValueOrDefault(WebTrackingModel.AllowedOriginsSetting));
        var anonymize = all.GetValueOrDefault(WebTrackingModel.AnonymizeIpSetting) is not JsonValue flag || !flag.TryGetValue<bool>(out var on) || on;
        var days = all.GetValueOrDefault(WebTrackingModel.RetentionDaysSetting) is JsonValue number && number.TryGetValue<int>(out var d) ? d : DefaultRetentionDays;
        var geoIp = all.GetValueOrDefault(WebTrackingModel.GeoIpDatabaseSetting)?.ToString();
        return new TrackingSettings(origins, anonymize, days, string.IsNullOrWhiteSpace(geoIp) ? null : geoIp);
    }

    public bool Allows(string origin) => AllowedOrigins.Contains(origin, StringComparer.Ordinal);

    public static IEnumerable<SettingDefinition> Definitions() =>
    [
        new(WebTrackingModel.AllowedOriginsSetting, "Websites whose pages may be tracked and embed the web-to-lead forms, e.g. [ \"https://www.example.com\" ]", WebOrigins.Validate),
        new(WebTrackingModel.AnonymizeIpSetting, "true (default): store visitors' IPs with the last IPv4 octet zeroed (IPv6: the /48 network only)", ValidateFlag),
        new(WebTrackingModel.RetentionDaysSetting, $"Days page views are kept before the daily purge removes them ({MinRetentionDays}–{MaxRetentionDays}, default {DefaultRetentionDays})", ValidateDays),
        new(WebTrackingModel.GeoIpDatabaseSetting, "Path of a MaxMind GeoIP2/GeoLite2 City or Country database (.mmdb) for visitors' regions; empty: no regions", ValidateGeoIp),
    ];

    private static string? ValidateFlag(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<bool>(out _) ? null : "must be true or false";

    private static string? ValidateDays(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<int>(out var days) && days is >= MinRetentionDays and <= MaxRetentionDays
            ? null
            : $"must be a whole number of days from {MinRetentionDays} to {MaxRetentionDays}";

    private static string? ValidateGeoIp(JsonNode? value)
    {
        if (value is null) return null;
        if (value is not JsonValue v || !v.TryGetValue<string>(out var path)) return "must be the path of a .mmdb file, or empty";
        return path.Length == 0 ? null : GeoIpRegions.Check(path);
    }
}
