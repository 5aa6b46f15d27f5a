using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Helpdesk.Models;

/// <summary>
/// The tenant setting "HelpdeskSla": per ticket priority, the first-response and resolution targets in hours,
/// <c>{ "Urgent": { "FirstResponseHours": 1, "ResolutionHours": 4 }, "Normal": { "FirstResponseHours": 8 } }</c>.
/// The priorities are the options of the Ticket's Priority field; a priority without an entry has no targets.
/// </summary>
public sealed class SlaTargets(IReadOnlyDictionary<string, SlaTarget> targets)
{
    public const string SettingName = "HelpdeskSla";
    public const string FirstResponseHours = "FirstResponseHours";
    public const string ResolutionHours = "ResolutionHours";

    /// <summary>A year: a longer target is a typing mistake.</summary>
    public const decimal MaxHours = 8760;

    public static SlaTargets None { get; } = new(new Dictionary<string, SlaTarget>());

    public SlaTarget For(string? priority) => priority is not null && targets.TryGetValue(priority, out var target) ? target : SlaTarget.None;

    public JsonObject ToJson() => new(targets.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)new JsonObject
    {
        [FirstResponseHours] = t.Value.FirstResponseHours is { } f ? JsonValue.Create(f) : null,
        [ResolutionHours] = t.Value.ResolutionHours is { } r ? JsonValue.Create(r) : null,
    })));

    /// <summary>Reads the stored setting; anything unreadable counts as "no targets" (the setting is validated when saved).</summary>
    public static SlaTargets From(JsonNode? setting) => Parse(setting, out _) ?? None;

    /// <summary>Validates a value for the setting (recipes, the settings screen): null when good, else what is wrong.</summary>
    public static string? Validate(JsonNode? setting)
    {
        Parse(setting, out var error);
        return error;
    }

    /// <summary>Hours as people type them ("4", "0.5", "1,5" is refused): null and no error for an empty box.</summary>
    public static bool TryHours(string? text, out decimal? hours)
    {
        hours = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > MaxHours) return false;
        hours = value;
        return true;
    }

    private static SlaTargets? Parse(JsonNode? setting, out string? error)
    {
        error = null;
        if (setting is null) return None;
        if (setting is not JsonObject priorities)
        {
            error = "must be an object of priorities, e.g. { \"Urgent\": { \"FirstResponseHours\": 1, \"ResolutionHours\": 4 } }";
            return null;
        }
        var result = new Dictionary<string, SlaTarget>(StringComparer.Ordinal);
        foreach (var (priority, value) in priorities)
        {
            if (value is not JsonObject target || target.Any(p => p.Key is not (FirstResponseHours or ResolutionHours)))
            {
                error = $"{priority}: must be an object with {FirstResponseHours} and {ResolutionHours}";
                return null;
            }
            var first = Hours(target[FirstResponseHours]);
            var resolution = Hours(target[ResolutionHours]);
            if (first is { Ok: false } || resolution is { Ok: false })
            {
                error = $"{priority}: hours must be numbers above 0 and at most {MaxHours}";
                return null;
            }
            result[priority] = new SlaTarget(first.Value, resolution.Value);
        }
        return new SlaTargets(result);
    }

    private static (bool Ok, decimal? Value) Hours(JsonNode? node)
    {
        if (node is null) return (true, null);
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var hours) && hours > 0 && hours <= MaxHours
            ? (true, hours)
            : (false, null);
    }
}
