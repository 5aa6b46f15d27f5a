using Crm.Workflows.Definitions;

namespace Crm.Workflows.Triggers;

/// <summary>A start activity that fires on a schedule (Cron, Sweep): when next, and what firing does.</summary>
public interface IScheduledTrigger
{
    DateTimeOffset? NextAfter(ActivityDefinition activity, DateTimeOffset after, TimeZoneInfo tenantZone);

    /// <returns>A line for the schedule's last result ("started 1", "matched 120, started 118").</returns>
    Task<string> FireAsync(ScheduledFire fire, CancellationToken cancellationToken);
}
