using Crm.Core.Data;
using Crm.Core.Scheduling;
using Crm.Workflows.Activities;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Admin;

/// <summary>
/// The instance screens' reads and actions: a keyset-paged list (newest first) filtered by status and workflow, retry of a
/// Faulted instance from the activity that failed (a Retry bookmark due now, run by the scheduler), and cancel.
/// </summary>
public sealed class InstanceAdministration(TenantDb db, InstanceStore store, DueWork due, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <param name="after">The cursor of the previous page's last row ("created|id").</param>
    public async Task<InstanceListPage> ListAsync(InstanceStatus? status, string? typeId, string? after, CancellationToken cancellationToken = default)
    {
        var conditions = new List<string> { "i.is_test = @isTest" };
        if (status is not null) conditions.Add("i.status = @status");
        if (!string.IsNullOrEmpty(typeId)) conditions.Add("i.type_id = @typeId");
        var (afterCreated, afterId) = Cursor(after);
        if (afterCreated is not null) conditions.Add("(i.created_utc < @afterCreated OR (i.created_utc = @afterCreated AND i.id < @afterId))");
        var rows = await db.QueryAsync<Row>(
            "SELECT i.id AS Id, i.type_id AS TypeId, COALESCE(t.display_name, i.type_id) AS Workflow, i.version AS Version, i.status AS Status, i.correlation AS Correlation, " +
            "i.created_utc AS CreatedUtc, i.modified_utc AS ModifiedUtc FROM workflow_instances i LEFT JOIN workflow_types t ON t.id = i.type_id " +
            $"WHERE {string.Join(" AND ", conditions)} ORDER BY i.created_utc DESC, i.id DESC {db.Dialect.Paging("limit", "offset")}",
            new { isTest = false, status = status?.ToString(), typeId, afterCreated, afterId, limit = PageSize + 1, offset = 0 }, cancellationToken);
        var page = rows.Take(PageSize).Select(r => r.ToRow()).ToList();
        var next = rows.Count > PageSize ? $"{rows[PageSize - 1].CreatedUtc}|{rows[PageSize - 1].Id}" : null;
        return new InstanceListPage(page, next);
    }

    /// <summary>Runs the failed activity again: the instance waits on a Retry bookmark due now, which the scheduler takes next.</summary>
    public async Task RetryAsync(string instanceId, string? userName, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var instance = await LoadAsync(instanceId, cancellationToken);
        if (instance.Status != InstanceStatus.Faulted || Incident.Of(instance) is not { ActivityId.Length: > 0 } incident)
        {
            throw new WorkflowAdminException($"Only a faulted instance can be retried; this one is {instance.Status}.");
        }
        var now = clock.GetUtcNow();
        instance.Status = InstanceStatus.Waiting;
        instance.Incident = null;
        await store.SaveAsync(instance, cancellationToken);
        await store.AddBookmarkAsync(instance.Id, incident.ActivityId, Bookmark.Retry, new BookmarkRequest(now), cancellationToken);
        await store.AppendLogAsync(instance.Id, [new LogEntry(incident.ActivityId, "", "Retry", $"retry requested by {userName ?? "an administrator"}", now, 0)], cancellationToken);
        await due.ScheduleAsync(now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stops an instance that has not ended: Cancelled, and every place it waits removed (its timers never fire).</summary>
    public async Task CancelAsync(string instanceId, string? userName, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var instance = await LoadAsync(instanceId, cancellationToken);
        if (instance.Status is InstanceStatus.Finished or InstanceStatus.Cancelled)
        {
            throw new WorkflowAdminException($"The instance has already ended ({instance.Status}).");
        }
        instance.Status = InstanceStatus.Cancelled;
        await store.CancelBookmarksAsync(instance.Id, null, cancellationToken);
        await store.SaveAsync(instance, cancellationToken);
        await store.AppendLogAsync(instance.Id, [new LogEntry("", "", "Cancelled", $"cancelled by {userName ?? "an administrator"}", clock.GetUtcNow(), 0)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<WorkflowInstance> LoadAsync(string id, CancellationToken cancellationToken) =>
        await store.LoadForUpdateAsync(id, cancellationToken) is { IsTest: false } instance ? instance : throw new WorkflowAdminException($"There is no instance '{id}'.");

    private static (string? Created, string? Id) Cursor(string? after)
    {
        var parts = after?.Split('|', 2);
        return parts is { Length: 2 } ? (parts[0], parts[1]) : (null, null);
    }

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string TypeId { get; set; } = "";
        public string Workflow { get; set; } = "";
        public int Version { get; set; }
        public string Status { get; set; } = "";
        public string? Correlation { get; set; }
        public string CreatedUtc { get; set; } = "";
        public string ModifiedUtc { get; set; } = "";

        public InstanceListRow ToRow() =>
            new(Id, TypeId, Workflow, Version, Enum.Parse<InstanceStatus>(Status), Correlation, Stamps.Parse(CreatedUtc), Stamps.Parse(ModifiedUtc));
    }
}
