using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Scheduling;
using Crm.Workflows.Triggers;

namespace Crm.Workflows.Runtime;

/// <summary>
/// Delivers a named event ("ticket-answered" for ticket 42): every instance waiting for it resumes, and workflows that
/// start on it (Signal trigger) start. Delivery is durable: the waiting bookmarks become due now and the scheduler runs
/// them, so the event commits with the change that raised it. The first event wins over a timeout, and vice versa.
/// </summary>
public sealed class WorkflowEvents(TenantDb db, InstanceStore store, WorkflowStore workflows, WorkflowStarter starter, DueWork due, TimeProvider clock)
{
    /// <returns>How many waiting instances and new instances the event reached.</returns>
    public async Task<int> PublishAsync(string eventName, string? correlation, JsonObject? payload, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var reached = 0;
        foreach (var bookmark in await store.WaitingForAsync(eventName, correlation, cancellationToken))
        {
            reached += await db.ExecuteAsync("UPDATE workflow_bookmarks SET due_utc = @now, payload = @payload WHERE id = @Id AND due_utc IS NULL",
                new { bookmark.Id, now = Stamps.Of(now), payload = payload?.ToJsonString() }, cancellationToken);
        }
        foreach (var version in await workflows.ActiveAsync(cancellationToken))
        {
            foreach (var start in version.Definition.Activities.Where(a => a.IsStart && SignalTrigger.Matches(a, eventName)))
            {
                var input = new JsonObject { ["event"] = eventName, ["correlation"] = correlation, ["payload"] = payload?.DeepClone() };
                if (await starter.StartAsync(version, start, input, correlation, cancellationToken: cancellationToken) is not null) reached++;
            }
        }
        if (reached > 0) await due.ScheduleAsync(now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reached;
    }
}
