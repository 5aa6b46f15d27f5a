using System.Text.Json.Nodes;
using Crm.Core.Scheduling;
using Crm.Workflows.Definitions;

namespace Crm.Workflows.Runtime;

/// <summary>
/// Starts instances durably: an instance row (Pending) and a Start bookmark due now, in the caller's transaction, and a
/// wake-up for the scheduler — so a start made with a content change commits or rolls back with it, and runs soon after
/// on whichever node claims it. A dedupe key already used by the workflow starts nothing.
/// </summary>
public sealed class WorkflowStarter(InstanceStore store, DueWork due, TimeProvider clock)
{
    /// <returns>The new instance's id, or null when the dedupe key was already used.</returns>
    public async Task<string?> StartAsync(WorkflowVersion version, ActivityDefinition start, JsonObject input, string? correlation = null, string? dedupeKey = null,
        bool isTest = false, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = Ulid.NewUlid(now).ToString(),
            TypeId = version.TypeId,
            Version = version.Version,
            Status = InstanceStatus.Pending,
            Correlation = correlation,
            DedupeKey = dedupeKey,
            State = new JsonObject { ["input"] = input },
            IsTest = isTest,
            CreatedUtc = now,
        };
        if (!await store.InsertAsync(instance, cancellationToken)) return null;
        await store.AddBookmarkAsync(instance.Id, start.Id, Bookmark.Start, new Activities.BookmarkRequest(now), cancellationToken);
        await due.ScheduleAsync(now, cancellationToken);
        return instance.Id;
    }
}
