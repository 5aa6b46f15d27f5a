using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Opportunities.Models;

/// <summary>
/// The chance, in whole percent, that an opportunity in each open stage is won, as the tenant setting "Pipeline":
/// <c>{ "Qualification": 10, "Proposal": 50 }</c>. The stages themselves are the options of the Opportunity's Stage field
/// (edited in the type editor); Won (100) and Lost (0) are fixed. A stage without an entry has no probability: its
/// opportunities carry no weighted amount and add nothing to the forecast.
/// </summary>
public sealed class PipelineProbabilities
{
    public const string SettingName = "Pipeline";
    public const int MaxPercent = 100;
    private const int MaxStageLength = 50;

    private readonly IReadOnlyDictionary<string, int> _percent;

    public PipelineProbabilities(IReadOnlyDictionary<string, int> percent) => _percent = percent;

    public static PipelineProbabilities None { get; } = new(new Dictionary<string, int>());

    public int? PercentOf(string? stage) => stage switch
    {
        OpportunityModel.Won => MaxPercent,
        OpportunityModel.Lost => 0,
        null => null,
        _ => _percent.TryGetValue(stage, out var percent) ? percent : null,
    };

    public JsonObject ToJson() => new(_percent.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));

    /// <summary>Reads the stored setting; anything unreadable counts as "no probabilities" (the setting is validated when saved).</summary>
    public static PipelineProbabilities From(JsonNode? setting) => Parse(setting, out _) ?? None;

    /// <summary>Validates a value for the setting (recipes, the settings screen): null when good, else what is wrong.</summary>
    public static string? Validate(JsonNode? setting)
    {
        Parse(setting, out var error);
        return error;
    }

    private static PipelineProbabilities? Parse(JsonNode? setting, out string? error)
    {
        error = null;
        if (setting is not JsonObject stages)
        {
            error = "Pipeline must be an object of stages and percentages, e.g. { \"Qualification\": 10, \"Proposal\": 50 }";
            return null;
        }
        var percent = new Dictionary<string, int>();
        foreach (var (stage, value) in stages)
        {
            if (OpportunityModel.IsClosed(stage))
            {
                error = $"Pipeline.{stage}: the probability of {stage} is fixed ({(stage == OpportunityModel.Won ? MaxPercent : 0)})";
                return null;
            }
            if (stage.Length is 0 or > MaxStageLength)
            {
                error = $"Pipeline: a stage name must be 1 to {MaxStageLength} characters";
                return null;
            }
            if (value is null) continue;
            if (value is not JsonValue number || number.GetValueKind() != JsonValueKind.Number || !number.TryGetValue<int>(out var n) || n is < 0 or > MaxPercent)
            {
                error = $"Pipeline.{stage} must be a whole percentage from 0 to {MaxPercent}";
                return null;
            }
            percent[stage] = n;
        }
        return new PipelineProbabilities(percent);
    }
}
