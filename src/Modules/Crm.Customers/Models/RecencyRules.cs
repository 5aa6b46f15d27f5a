using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Customers.Models;

/// <summary>
/// How many days each stage and grade may go without a completed activity before its owner must act, as the tenant
/// setting "Recency": <c>{ "Prospect": { "A": 7, "None": 21 }, ... }</c> ("None": customers without a grade). A missing
/// entry means the combination is not tracked: its customers get no next-contact date.
/// </summary>
public sealed class RecencyRules
{
    public const string SettingName = "Recency";
    public const string NoGrade = "None";
    public const int MaxDays = 3650;

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> _days;

    public RecencyRules(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> days) => _days = days;

    public static RecencyRules None { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, int>>());

    /// <summary>The grade columns of the settings screen, "None" last.</summary>
    public static IReadOnlyList<string> GradeKeys { get; } = [.. CustomerModel.Grades, NoGrade];

    public int? DaysFor(string? stage, string? grade) =>
        stage is not null && _days.TryGetValue(stage, out var grades) && grades.TryGetValue(string.IsNullOrEmpty(grade) ? NoGrade : grade, out var days) ? days : null;

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var (stage, grades) in _days)
        {
            json[stage] = new JsonObject(grades.Select(g => KeyValuePair.Create(g.Key, (JsonNode?)JsonValue.Create(g.Value))));
        }
        return json;
    }

    /// <summary>Reads the stored setting; anything unreadable counts as "not tracked" (the setting is validated when saved).</summary>
    public static RecencyRules From(JsonNode? setting) => Parse(setting, out _) ?? None;

    /// <summary>Validates a value for the setting (recipes, the settings screen): null when good, else what is wrong.</summary>
    public static string? Validate(JsonNode? setting)
    {
        Parse(setting, out var error);
        return error;
    }

    private static RecencyRules? Parse(JsonNode? setting, out string? error)
    {
        error = null;
        if (setting is not JsonObject stages)
        {
            error = "Recency must be an object of stages, e.g. { \"Prospect\": { \"A\": 7 } }";
            return null;
        }
        var days = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        foreach (var (stage, gradesNode) in stages)
        {
            if (!CustomerModel.Stages.Contains(stage))
            {
                error = $"Recency.{stage}: '{stage}' is not a stage (one of {string.Join(", ", CustomerModel.Stages)})";
                return null;
            }
            if (gradesNode is not JsonObject grades)
            {
                error = $"Recency.{stage} must be an object of grades, e.g. {{ \"A\": 7, \"None\": 21 }}";
                return null;
            }
            var perGrade = new Dictionary<string, int>();
            foreach (var (grade, value) in grades)
            {
                if (!GradeKeys.Contains(grade))
                {
                    error = $"Recency.{stage}.{grade}: '{grade}' is not a grade (one of {string.Join(", ", GradeKeys)})";
                    return null;
                }
                if (value is null) continue;
                if (value is not JsonValue number || number.GetValueKind() != JsonValueKind.Number || !number.TryGetValue<int>(out var n) || n is < 1 or > MaxDays)
                {
                    error = $"Recency.{stage}.{grade} must be a whole number of days from 1 to {MaxDays}";
                    return null;
                }
                perGrade[grade] = n;
            }
            days[stage] = perGrade;
        }
        return new RecencyRules(days);
    }
}
