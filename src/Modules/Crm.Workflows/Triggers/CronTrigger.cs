using System.Text.Json.Nodes;
using Cronos;
using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Triggers;

/// <summary>Starts the workflow on a cron schedule, in a time zone (the tenant's unless the activity names one); each occurrence once.</summary>
public sealed class CronTrigger : IWorkflowActivity, IScheduledTrigger
{
    public ActivityDescriptor Descriptor { get; } = new("Cron", "Triggers", "Schedule", "Starts on a cron schedule, e.g. 0 9 * * 1-5 (9:00 on weekdays).",
    [
        new("cron", PropertyKind.Cron, "Five fields (minute hour day month weekday), or six with seconds first.", Required: true),
        new("timeZone", PropertyKind.Text, "An IANA time zone such as Asia/Seoul; empty: the tenant's."),
    ], [Outcomes.Done], IsTrigger: true);

    public IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (CronSchedule.ParseError(activity.Text("cron")) is { } problem) yield return problem;
        if (activity.Text("timeZone") is { Length: > 0 } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) yield return $"'{zone}' is not a time zone.";
    }

    public DateTimeOffset? NextAfter(ActivityDefinition activity, DateTimeOffset after, TimeZoneInfo tenantZone) =>
        CronSchedule.Next(activity.Text("cron"), activity.Text("timeZone"), after, tenantZone);

    public async Task<string> FireAsync(ScheduledFire fire, CancellationToken cancellationToken)
    {
        var started = await fire.Services.GetRequiredService<WorkflowStarter>().StartAsync(fire.Version, fire.Activity,
            new JsonObject { ["occurrence"] = Stamps.Of(fire.Occurrence) }, dedupeKey: $"cron:{fire.Activity.Id}:{Stamps.Of(fire.Occurrence)}", cancellationToken: cancellationToken);
        return started is null ? "already started for this occurrence" : "started 1";
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
}
