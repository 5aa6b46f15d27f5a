using System.Text.RegularExpressions;
using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Triggers;

/// <summary>
/// On a schedule, one query finds every item of a type matching a filter, and each match gets one instance — once per
/// dedupe key (e.g. <c>{Id}:{LastActivityAt}</c>: once per quiet period), so re-runs and other nodes start nothing twice.
/// </summary>
public sealed partial class SweepTrigger : IWorkflowActivity, IScheduledTrigger
{
    public const string TypeName = "Sweep";

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)?)\}")]
    public static partial Regex Placeholder();

    public ActivityDescriptor Descriptor { get; } = new(TypeName, "Triggers", "Sweep", "On a schedule, starts one instance for every matching item (set-based, deduplicated).",
    [
        new("contentType", PropertyKind.ContentType, "The type to sweep.", Required: true),
        new("filter", PropertyKind.Filter, "Which items, in the filter language, e.g. Stage:eq:Prospect,LastActivityAt:lt:now-7d."),
        new("schedule", PropertyKind.Cron, "When to sweep, e.g. 0 8 * * * (08:00 daily, tenant's time zone).", Required: true),
        new("dedupeKey", PropertyKind.Text, "One instance per item and key, e.g. {Id}:{LastActivityAt}; fields in braces. Empty: {Id} (once per item ever)."),
    ], [Outcomes.Done], IsTrigger: true);

    public IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (CronSchedule.ParseError(activity.Text("schedule")) is { } problem) yield return problem;
    }

    public DateTimeOffset? NextAfter(ActivityDefinition activity, DateTimeOffset after, TimeZoneInfo tenantZone) =>
        CronSchedule.Next(activity.Text("schedule"), null, after, tenantZone);

    public async Task<string> FireAsync(ScheduledFire fire, CancellationToken cancellationToken)
    {
        var result = await fire.Services.GetRequiredService<SweepRunner>().RunAsync(fire.Version, fire.Activity, cancellationToken);
        return $"matched {result.Matched}, started {result.Started}";
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
}
