using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Workflows;

/// <summary>
/// Content triggers run inside every content change's transaction: they find the active workflows (and whether the
/// feature is on) in the tenant cache, not by a query per saved item; a workflow published in that transaction is its
/// own until it commits.
/// </summary>
public sealed class ContentTriggerLookupTests
{
    private const string Welcome = """
        { "name": "WelcomeA", "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer", "condition": "item.Grade == 'A'" } },
            { "id": "log", "type": "Log", "properties": { "message": "welcome {{ item.Name }}" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "log" } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Items_saved_in_one_transaction_cost_only_their_own_row_and_history(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(Welcome);
        await ReadAsScreensDoAsync(host);

        var statements = await host.Content.RunAsync(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            await using var transaction = await db.BeginTransactionAsync();
            var before = db.CommandCount;
            for (var i = 0; i < 20; i++) await s.GetRequiredService<ContentManager>().CreateAsync("Customer", new JsonObject { ["Name"] = $"Customer {i}", ["Grade"] = "B" });
            var used = db.CommandCount - before;
            await transaction.CommitAsync();
            return used;
        });

        Assert.Equal(20 * 2, statements); // INSERT of the item, INSERT of its history entry; the trigger's condition said no
        Assert.Empty(await host.InstancesAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_workflow_published_in_a_transaction_starts_for_its_items_and_no_one_else_sees_it_before_the_commit(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await ReadAsScreensDoAsync(host);

        var seenByOthersBeforeCommit = await host.Content.RunAsync(async s =>
        {
            await using var transaction = await s.GetRequiredService<TenantDb>().BeginTransactionAsync();
            var store = s.GetRequiredService<WorkflowStore>();
            await store.PublishAsync((await store.SaveDraftAsync(WorkflowJson.Read(Welcome))).Id, null);
            for (var i = 0; i < 3; i++) await s.GetRequiredService<ContentManager>().CreateAsync("Customer", new JsonObject { ["Name"] = $"Customer {i}", ["Grade"] = "A" });
            var others = await host.Content.RunAsync(async other => (await other.GetRequiredService<WorkflowStore>().ActiveAsync()).Count);
            await transaction.CommitAsync();
            return others;
        });

        Assert.Equal(0, seenByOthersBeforeCommit);
        Assert.Equal(3, (await host.InstancesAsync()).Count);
        Assert.Equal(["WelcomeA"], await host.Content.RunAsync(async s => (await s.GetRequiredService<WorkflowStore>().ActiveAsync()).Select(v => v.Definition.Name).ToList()));
    }

    /// <summary>What any screen's request does before: the feature switch, the definitions and the active workflows are cached.</summary>
    private static Task<int> ReadAsScreensDoAsync(WorkflowTestHost host) => host.Content.RunAsync(async s =>
    {
        await s.GetRequiredService<FeatureManager>().GetEnabledAsync();
        await s.GetRequiredService<ContentDefinitionManager>().GetAsync();
        return (await s.GetRequiredService<WorkflowStore>().ActiveAsync()).Count;
    });
}
