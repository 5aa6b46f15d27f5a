using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Workflows.Admin;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Designer;

/// <summary>
/// Runs a draft once, now, for a chosen item, with no side effects: an instance marked IsTest (email, HTTP and notifications
/// are recorded in the log instead of made; delays and waits pass at once) runs in a transaction that is always rolled back,
/// so neither the instance nor anything its activities changed (content included) is ever written.
/// </summary>
public sealed class WorkflowTestRunner(TenantDb db, InstanceStore store, WorkflowRunner runner, ContentManager content, ContentDefinitionManager definitions, TimeProvider clock)
{
    public async Task<TestRunResult> RunAsync(string typeId, WorkflowDefinition workflow, string? itemId, CancellationToken cancellationToken = default)
    {
        // Joining a caller's transaction would leave the rollback to the caller: a test run must own it.
        if (db.Transaction is not null) throw new InvalidOperationException("A test run cannot join an open transaction.");
        var start = workflow.Activities.FirstOrDefault(a => a.IsStart) ?? throw new WorkflowAdminException("The workflow has no start activity.");
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var input = new JsonObject { ["event"] = "Test" };
        if (!string.IsNullOrWhiteSpace(itemId))
        {
            var item = await content.GetAsync(itemId.Trim(), cancellationToken: cancellationToken) ?? throw new WorkflowAdminException($"There is no item '{itemId}'.");
            input["itemId"] = item.Id;
            input["item"] = ItemModel.From(item, await definitions.GetAsync(cancellationToken));
        }
        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = Ulid.NewUlid(now).ToString(), TypeId = typeId, Version = 0, Status = InstanceStatus.Pending, Correlation = input["itemId"]?.GetValue<string>(),
            State = new JsonObject { ["input"] = input }, IsTest = true, CreatedUtc = now,
        };
        await store.InsertAsync(instance, cancellationToken);
        var log = await runner.RunAsync(instance, workflow, new Bookmark { InstanceId = instance.Id, ActivityId = start.Id, Kind = Bookmark.Start }, cancellationToken);
        var path = log.Select(l => l.ActivityId).Where(a => a.Length > 0).Distinct().ToList();
        return new TestRunResult(instance.Status, Incident.Of(instance)?.Message, log, path);
        // The transaction is disposed without a commit here: everything above is rolled back.
    }
}
