using System.Diagnostics;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Workflows.Runtime;

/// <summary>
/// The tenant's turn in the scheduler: fire due cron and sweep schedules, run due bookmarks (starts, timers, events,
/// retries) in claimed batches, and purge instances that ended longer ago than the retention setting. Each bookmark runs
/// in its own transaction that also takes the bookmark — so it runs exactly once, and a node that dies mid-way leaves its
/// claim to expire and be taken over.
/// </summary>
public sealed class WorkflowProcessor(
    FeatureManager features,
    TenantDb db,
    InstanceStore store,
    WorkflowStore workflows,
    WorkflowRunner runner,
    WorkflowSchedules schedules,
    IOptions<WorkflowRunOptions> options,
    TimeProvider clock,
    ILogger<WorkflowProcessor> logger) : IDueWorkProcessor
{
    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync("Crm.Workflows", cancellationToken)) return null;
        var settings = options.Value;
        var started = Stopwatch.GetTimestamp();
        await schedules.RunDueAsync(now, cancellationToken);
        while (Stopwatch.GetElapsedTime(started) < settings.TurnBudget)
        {
            now = clock.GetUtcNow();
            var claimed = await store.ClaimDueAsync(now, now + settings.Lease, settings.BatchSize, cancellationToken);
            foreach (var bookmark in claimed) await RunAsync(bookmark, cancellationToken);
            if (claimed.Count < settings.BatchSize) break;
        }
        var keep = settings.KeepFinishedFor;
        await store.PurgeEndedAsync(clock.GetUtcNow() - keep, 1_000, cancellationToken);
        DateTimeOffset?[] next =
        [
            await store.NextDueAsync(cancellationToken),
            await schedules.NextDueAsync(cancellationToken),
            await store.OldestEndedAsync(cancellationToken) + keep,
        ];
        return next.Where(d => d is not null).Min();
    }

    /// <summary>Runs one claimed bookmark; public so tests and the instance screen's "retry" can run one directly.</summary>
    public async Task RunAsync(Bookmark bookmark, CancellationToken cancellationToken)
    {
        try
        {
            var found = await store.FindAsync(bookmark.InstanceId, cancellationToken);
            var version = found is null ? null : await workflows.VersionAsync(found.TypeId, found.Version, cancellationToken);
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            if (!await store.TakeBookmarkAsync(bookmark.Id, cancellationToken)) return; // run by another node, or cancelled: the instance moved on
            var instance = await store.LoadForUpdateAsync(bookmark.InstanceId, cancellationToken);
            if (instance is not null && version is not null && instance.Status is InstanceStatus.Pending or InstanceStatus.Waiting)
            {
                await runner.RunAsync(instance, version.Definition, bookmark, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing of this run was committed; the claim expires and the bookmark runs again.
            logger.LogError(e, "Workflow instance {Instance} failed at {Activity}; it will be retried when its claim expires", bookmark.InstanceId, bookmark.ActivityId);
        }
    }
}
