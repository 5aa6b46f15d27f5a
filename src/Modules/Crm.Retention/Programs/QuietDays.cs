using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Workflows.Definitions;
using Crm.Workflows.Triggers;

namespace Crm.Retention.Programs;

/// <summary>
/// "No purchase for N days" lives where the workflow runs it, in its sweep's filter (<c>LastPurchaseAt:lt:now-90d</c>), so
/// the designer and the program's settings never disagree: the settings screen reads N from there and writes it back.
/// </summary>
public sealed partial record QuietDays(string ActivityId, int Days)
{
    public const int Max = 3650;

    [GeneratedRegex(@"LastPurchaseAt:lt:now-(\d+)d", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();

    public static QuietDays? Of(WorkflowDefinition definition)
    {
        foreach (var activity in definition.Activities.Where(a => a.Type == SweepTrigger.TypeName))
        {
            if (activity.Text("filter") is { } filter && Clause().Match(filter) is { Success: true } match
                && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                return new QuietDays(activity.Id, days);
            }
        }
        return null;
    }

    /// <summary>The definition with the sweep's filter saying <paramref name="days"/> instead.</summary>
    public WorkflowDefinition Apply(WorkflowDefinition definition, int days) => definition with
    {
        Activities = definition.Activities.Select(a =>
        {
            if (a.Id != ActivityId) return a;
            var properties = a.Properties?.DeepClone().AsObject() ?? new JsonObject();
            properties["filter"] = Clause().Replace(a.Text("filter") ?? "", $"LastPurchaseAt:lt:now-{days.ToString(CultureInfo.InvariantCulture)}d", 1);
            return a with { Properties = properties };
        }).ToList(),
    };
}
