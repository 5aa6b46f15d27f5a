using Crm.Core.Data;
using Crm.Core.Scheduling;
using Crm.Core.Settings;
using Crm.Workflows.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Workflows.Runtime;

/// <summary>
/// The next occurrence of every cron and sweep trigger of the published, enabled workflows (one row each). Due rows are
/// claimed with a lease like bookmarks, fired in a transaction with their next occurrence, so an occurrence fires once.
/// </summary>
public sealed class WorkflowSchedules(TenantDb db, ActivityRegistry activities, SiteSettings settings, DueWork due, IServiceProvider services,
    IOptions<WorkflowRunOptions> options, TimeProvider clock)
{
    public async Task SyncAsync(WorkflowVersion version, CancellationToken cancellationToken)
    {
        var zone = await ZoneAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await RemoveAsync(version.TypeId, cancellationToken);
        foreach (var start in version.Definition.Activities.Where(a => a.IsStart))
        {
            if (activities.Find(start.Type) is not IScheduledTrigger trigger || trigger.NextAfter(start, now, zone) is not { } next) continue;
            await db.ExecuteAsync("INSERT INTO workflow_schedules (type_id, activity_id, version, next_utc) VALUES (@TypeId, @activity, @Version, @next)",
                new { version.TypeId, activity = start.Id, version.Version, next = Stamps.Of(next) }, cancellationToken);
            await due.ScheduleAsync(next, cancellationToken);
        }
    }

    public Task RemoveAsync(string typeId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM workflow_schedules WHERE type_id = @typeId", new { typeId }, cancellationToken);

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<string?>("SELECT MIN(next_utc) FROM workflow_schedules", null, cancellationToken) is { } next ? Stamps.Parse(next) : null;

    /// <summary>Fires every due schedule once and moves it to its next occurrence.</summary>
    public async Task RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = await db.QueryAsync<ScheduleRow>(
            "UPDATE workflow_schedules SET lease_until = @lease WHERE (type_id, activity_id) IN (SELECT type_id, activity_id FROM workflow_schedules " +
            $"WHERE next_utc <= @now AND (lease_until IS NULL OR lease_until < @now) LIMIT 50 {db.Dialect.ClaimLockSuffix}) " +
            "RETURNING type_id AS TypeId, activity_id AS ActivityId, version AS Version, next_utc AS NextUtc",
            new { now = Stamps.Of(now), lease = Stamps.Of(now + options.Value.Lease) }, cancellationToken);
        var zone = await ZoneAsync(cancellationToken);
        foreach (var row in claimed) await FireAsync(row, zone, cancellationToken);
    }

    private async Task FireAsync(ScheduleRow row, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var version = await services.GetRequiredService<WorkflowStore>().VersionAsync(row.TypeId, row.Version, cancellationToken);
        var start = version?.Definition.Find(row.ActivityId);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (version is null || start is null || activities.Find(start.Type) is not IScheduledTrigger trigger)
        {
            await db.ExecuteAsync("DELETE FROM workflow_schedules WHERE type_id = @TypeId AND activity_id = @ActivityId", row, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }
        var occurrence = Stamps.Parse(row.NextUtc);
        string result;
        try
        {
            result = await trigger.FireAsync(new ScheduledFire(version, start, occurrence, services), cancellationToken);
        }
        catch (Exception e) when (e is WorkflowActivityException or Core.Content.Queries.FilterException or FormatException)
        {
            result = "failed: " + e.Message;
        }
        // The next occurrence after now: occurrences missed while the node was down fire once, not once each.
        var next = trigger.NextAfter(start, Max(occurrence, clock.GetUtcNow()), zone);
        await db.ExecuteAsync(next is null
                ? "DELETE FROM workflow_schedules WHERE type_id = @TypeId AND activity_id = @ActivityId"
                : "UPDATE workflow_schedules SET next_utc = @next, lease_until = NULL, last_run_utc = @ran, last_result = @result WHERE type_id = @TypeId AND activity_id = @ActivityId",
            new { row.TypeId, row.ActivityId, next = next is { } n ? Stamps.Of(n) : null, ran = Stamps.Of(clock.GetUtcNow()), result = result.Length > 1000 ? result[..1000] : result },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken)
    {
        var id = await settings.GetStringAsync("TimeZone", cancellationToken);
        return !string.IsNullOrEmpty(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class ScheduleRow
    {
        public string TypeId { get; set; } = "";
        public string ActivityId { get; set; } = "";
        public int Version { get; set; }
        public string NextUtc { get; set; } = "";
    }
}
