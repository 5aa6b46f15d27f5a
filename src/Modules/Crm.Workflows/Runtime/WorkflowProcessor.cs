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
            await RunBatchAsync(claimed, cancellationToken);
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

    /// <summary>
    /// Runs a claimed batch in one transaction with a few statements for all of it: take the bookmarks, lock and load the
    /// instances, cancel the resumed activities' other bookmarks, run each instance, save the states and logs. An
    /// instance with two bookmarks in the batch runs its second on its own afterwards. When anything in the batch fails,
    /// nothing of it is committed and each bookmark runs on its own (so one bad instance cannot hold back the others).
    /// </summary>
    public async Task RunBatchAsync(IReadOnlyList<Bookmark> claimed, CancellationToken cancellationToken)
    {
        var first = claimed.DistinctBy(b => b.InstanceId).ToList();
        try
        {
            await RunTogetherAsync(first, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "A batch of {Count} workflow bookmarks failed; running them one by one", first.Count);
            foreach (var bookmark in first) await RunAsync(bookmark, cancellationToken);
        }
        foreach (var bookmark in claimed.Except(first)) await RunAsync(bookmark, cancellationToken);
    }

    private async Task RunTogetherAsync(IReadOnlyList<Bookmark> bookmarks, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var taken = await store.TakeBookmarksAsync(bookmarks.Select(b => b.Id).ToList(), cancellationToken);
        if (taken.Count == 0) return; // run by another node, or cancelled: the instances moved on
        var instances = await store.LoadAllForUpdateAsync(bookmarks.Where(b => taken.Contains(b.Id)).Select(b => b.InstanceId).ToList(), cancellationToken);
        var runs = new List<(WorkflowInstance Instance, WorkflowVersion Version, Bookmark Bookmark)>();
        foreach (var bookmark in bookmarks.Where(b => taken.Contains(b.Id)))
        {
            if (!instances.TryGetValue(bookmark.InstanceId, out var instance) || instance.Status is not (InstanceStatus.Pending or InstanceStatus.Waiting)) continue;
            if (await workflows.VersionAsync(instance.TypeId, instance.Version, cancellationToken) is { } version) runs.Add((instance, version, bookmark));
        }
        // What each resume would do first (the first of an activity's bookmarks wins), for the whole batch at once.
        await store.CancelSiblingsAsync(runs.Where(r => r.Bookmark.Kind is not (Bookmark.Start or Bookmark.Retry) && r.Version.Definition.Find(r.Bookmark.ActivityId) is not null)
            .Select(r => r.Bookmark).ToList(), cancellationToken);
        var batch = new InstanceWriteBatch { SiblingsCancelled = true };
        foreach (var (instance, version, bookmark) in runs) await runner.RunAsync(instance, version.Definition, bookmark, batch, cancellationToken);
        await batch.FlushAsync(store, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
