using System.Globalization;
using System.Text.Json.Nodes;

namespace Crm.WebTracking.Settings;

/// <summary>The settings form as posted: origins one per line, the anonymisation box, retention days and the GeoIP path.</summary>
public sealed class TrackingSettingsForm
{
    public string? AllowedOrigins { get; set; }
    public bool AnonymizeIp { get; set; }
    public string? RetentionDays { get; set; }
    public string? GeoIpDatabase { get; set; }

    public static TrackingSettingsForm From(TrackingSettings settings) => new()
    {
        AllowedOrigins = string.Join('\n', settings.AllowedOrigins),
        AnonymizeIp = settings.AnonymizeIp,
        RetentionDays = settings.RetentionDays.ToString(CultureInfo.InvariantCulture),
        GeoIpDatabase = settings.GeoIpDatabase,
    };

    /// <summary>The setting values by name, as the site settings store them (each checked there by its definition).</summary>
    public IReadOnlyList<(string Field, string Setting, JsonNode? Value)> Values() =>
    [
        (nameof(AllowedOrigins), WebTrackingModel.AllowedOriginsSetting,
            new JsonArray((AllowedOrigins ?? "").Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(o => (JsonNode?)JsonValue.Create(o)).ToArray())),
        (nameof(AnonymizeIp), WebTrackingModel.AnonymizeIpSetting, JsonValue.Create(AnonymizeIp)),
        (nameof(RetentionDays), WebTrackingModel.RetentionDaysSetting,
            int.TryParse(RetentionDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? JsonValue.Create(days) : JsonValue.Create(RetentionDays)),
        (nameof(GeoIpDatabase), WebTrackingModel.GeoIpDatabaseSetting, JsonValue.Create(GeoIpDatabase?.Trim() ?? "")),
    ];
}
