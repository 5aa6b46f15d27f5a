using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;

namespace Crm.Grades.Rules;

/// <summary>
/// The tenant setting <c>GradeRules</c>: the ordered rules (first match wins; their order is also the rank order of the
/// grades, highest first) and the local hour of the nightly sweep.
/// <c>{ "Rules": [ { "Name": "VIP", "Grade": "VIP", "Filter": "PurchasesLast12Months:gte:2,..." } ], "SweepHour": 2 }</c>
/// </summary>
public sealed record GradeRuleSet(IReadOnlyList<GradeRule> Rules, int SweepHour)
{
    public const string SettingName = "GradeRules";
    public const int DefaultSweepHour = 2;
    public const int MaxRules = 50;
    public const int MaxFilterLength = 2000;

    public static readonly GradeRuleSet Empty = new([], DefaultSweepHour);

    /// <summary>The grades in rank order, highest first: each grade at the position of the first rule that gives it.</summary>
    public IReadOnlyList<string> Ranks => Rules.Select(r => r.Grade).Distinct(StringComparer.Ordinal).ToList();

    public JsonObject ToJson() => new()
    {
        ["Rules"] = new JsonArray(Rules.Select(r => (JsonNode)new JsonObject { ["Name"] = r.Name, ["Grade"] = r.Grade, ["Filter"] = r.Filter }).ToArray()),
        ["SweepHour"] = SweepHour,
    };

    /// <summary>The stored setting, or no rules when unset. A stored value was validated when it was written.</summary>
    public static GradeRuleSet From(JsonNode? value) => Read(value, []) ?? Empty;

    /// <summary>The setting's check (recipes' Settings step and the screen): the shape, then every rule's filter syntax and parameters.</summary>
    public static string? Validate(JsonNode? value)
    {
        var problems = new List<string>();
        var set = Read(value, problems);
        if (set is not null) problems.AddRange(set.SyntaxProblems().Select(p => p.ToString()));
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>Each rule's filter parsed by the filter language, with its parameters checked; problems name the rule and the character.</summary>
    public IReadOnlyList<GradeRuleProblem> SyntaxProblems()
    {
        var problems = new List<GradeRuleProblem>();
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (string.IsNullOrWhiteSpace(rule.Grade)) problems.Add(new(i + 1, rule.Name, "Grade: choose a grade"));
            if (rule.Filter.Length > MaxFilterLength) problems.Add(new(i + 1, rule.Name, $"Filter: at most {MaxFilterLength} characters"));
            try
            {
                foreach (var error in GradeParameters.Check(FilterText.Parse(rule.Filter))) problems.Add(new(i + 1, rule.Name, "Filter: " + error));
            }
            catch (FilterException e)
            {
                problems.AddRange(e.Errors.Select(error => new GradeRuleProblem(i + 1, rule.Name, "Filter: " + error.Message)));
            }
        }
        return problems;
    }

    private static GradeRuleSet? Read(JsonNode? value, List<string> problems)
    {
        if (value is null) return Empty;
        if (value is not JsonObject root)
        {
            problems.Add("must be an object such as { \"Rules\": [ { \"Name\": \"VIP\", \"Grade\": \"VIP\", \"Filter\": \"PurchasesLast12Months:gte:2\" } ], \"SweepHour\": 2 }");
            return null;
        }
        var hour = DefaultSweepHour;
        if (root["SweepHour"] is { } h)
        {
            if (h.GetValueKind() == JsonValueKind.Number && h.AsValue().TryGetValue<int>(out var n) && n is >= 0 and <= 23) hour = n;
            else problems.Add("SweepHour: a whole hour from 0 to 23");
        }
        var rules = new List<GradeRule>();
        if (root["Rules"] is not JsonArray array)
        {
            if (root["Rules"] is not null) problems.Add("Rules: must be an array of { Name, Grade, Filter }");
            return problems.Count == 0 ? new GradeRuleSet(rules, hour) : null;
        }
        if (array.Count > MaxRules) problems.Add($"Rules: at most {MaxRules} rules");
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject rule)
            {
                problems.Add($"Rules[{i}]: must be an object {{ Name, Grade, Filter }}");
                continue;
            }
            var grade = Text(rule, "Grade", i, problems);
            var name = Text(rule, "Name", i, problems);
            var filter = Text(rule, "Filter", i, problems);
            rules.Add(new GradeRule(string.IsNullOrWhiteSpace(name) ? grade ?? "" : name.Trim(), grade?.Trim() ?? "", filter?.Trim() ?? ""));
        }
        return problems.Count == 0 ? new GradeRuleSet(rules, hour) : null;
    }

    private static string? Text(JsonObject rule, string property, int index, List<string> problems)
    {
        switch (rule[property])
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                return v.GetValue<string>();
            default:
                problems.Add($"Rules[{index}].{property}: must be a text");
                return null;
        }
    }
}
