using System.Globalization;
using System.Text.Json.Nodes;

namespace Crm.Retention.Programs;

/// <summary>
/// One program's settings (tenant setting <c>RetentionPrograms</c>, keyed by program name): the share of members held out
/// (recorded, not contacted: the comparison group for lift) and the days after enrolment in which an order or a completed
/// activity counts as the member's response.
/// </summary>
public sealed record ProgramSettings(decimal HoldoutPercent, int WindowDays)
{
    public const string SettingName = "RetentionPrograms";
    public const decimal MaxHoldoutPercent = 90;
    public const int MaxWindowDays = 730;

    public static readonly ProgramSettings Default = new(10, 30);

    public static bool TryHoldout(string text, out decimal percent) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out percent) && percent >= 0 && percent <= MaxHoldoutPercent;

    public static bool TryWindow(string text, out int days) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out days) && days >= 1 && days <= MaxWindowDays;

    public JsonObject ToJson() => new() { ["HoldoutPercent"] = HoldoutPercent, ["WindowDays"] = WindowDays };

    /// <summary>Each program's settings from the setting's JSON; a program not in it has the defaults.</summary>
    public static IReadOnlyDictionary<string, ProgramSettings> AllFrom(JsonNode? json)
    {
        var all = new Dictionary<string, ProgramSettings>(StringComparer.OrdinalIgnoreCase);
        if (json is not JsonObject programs) return all;
        foreach (var (name, value) in programs)
        {
            if (value is not JsonObject o) continue;
            all[name] = new ProgramSettings(
                o["HoldoutPercent"]?.GetValue<decimal>() ?? Default.HoldoutPercent,
                o["WindowDays"]?.GetValue<int>() ?? Default.WindowDays);
        }
        return all;
    }

    /// <summary>The setting's check (recipes and the screen): an object of programs, each with a holdout of 0–90 % and a window of 1–730 days.</summary>
    public static string? Validate(JsonNode? json)
    {
        if (json is null) return null;
        if (json is not JsonObject programs) return "must be an object of programs, e.g. { \"HappyCalls\": { \"HoldoutPercent\": 10, \"WindowDays\": 30 } }";
        foreach (var (name, value) in programs)
        {
            if (value is not JsonObject o) return $"{name}: must be an object with HoldoutPercent and WindowDays";
            foreach (var key in o.Select(p => p.Key))
            {
                if (key is not ("HoldoutPercent" or "WindowDays")) return $"{name}.{key}: unknown; use HoldoutPercent and WindowDays";
            }
            if (o["HoldoutPercent"] is { } h && !(h is JsonValue hv && hv.TryGetValue<decimal>(out var percent) && percent >= 0 && percent <= MaxHoldoutPercent))
            {
                return $"{name}.HoldoutPercent: must be a number from 0 to {MaxHoldoutPercent}";
            }
            if (o["WindowDays"] is { } w && !(w is JsonValue wv && wv.TryGetValue<int>(out var days) && days >= 1 && days <= MaxWindowDays))
            {
                return $"{name}.WindowDays: must be a whole number of days from 1 to {MaxWindowDays}";
            }
        }
        return null;
    }
}
