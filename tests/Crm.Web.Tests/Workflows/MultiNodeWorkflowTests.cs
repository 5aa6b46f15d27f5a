using System.Diagnostics;
using System.Text.Json.Nodes;
using Crm.Core.Content.Bulk;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Crm.Workflows.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Workflows;

/// <summary>
/// Two nodes on one PostgreSQL database (issue 6, point 7): a 100,000-item sweep fired by both at once creates exactly one
/// instance per item, and 10,000 timers worked by both fire exactly once each — also when one node dies in the middle
/// (its claims expire and the other node finishes its work).
/// </summary>
public sealed class MultiNodeWorkflowTests
{
    private static readonly Dictionary<string, string> ShortLeases = new()
    {
        ["Crm:Workflows:Lease"] = "00:00:03",
        ["Crm:Workflows:BatchSize"] = "100",
        ["Crm:Scheduling:Lease"] = "00:00:03",
    };

    [Fact]
    public async Task Sweeps_and_timers_run_exactly_once_across_two_nodes_and_survive_a_node_that_dies()
    {
        await using var a = await CrmTestHost.StartAsync(DatabaseProvider.Postgres, settings: ShortLeases);
        await a.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(SalesRecipe.Parse(), CancellationToken.None));
        await using var b = a.StartAnotherNode();
        await ImportCustomersAsync(a, 100_000, timers: 10_000);

        // Both nodes fire the same sweep at the same moment: the unique dedupe key lets each item in once.
        var everyone = await PublishAsync(a, Workflow("Everyone", "", "{Id}", ticks: false));
        var sweeps = await Task.WhenAll(SweepAsync(a, everyone), SweepAsync(b, everyone));
        Assert.Equal(100_000, sweeps.Sum(r => r.Started));
        Assert.Equal(100_000L, await ScalarAsync(a, "SELECT COUNT(DISTINCT correlation) FROM workflow_instances WHERE type_id = @id", everyone.TypeId));
        Assert.Equal(100_000L, await ScalarAsync(a, "SELECT COUNT(*) FROM workflow_instances WHERE type_id = @id", everyone.TypeId));
        // That sweep's point is proven; its instances are not run here (the timers below are).
        await ScalarAsync(a, "DELETE FROM workflow_bookmarks WHERE instance_id IN (SELECT id FROM workflow_instances WHERE type_id = @id)", everyone.TypeId);

        // 10,000 instances that each wait on a timer and then tick once.
        var ticking = await PublishAsync(a, Workflow("Ticking", "Grade:eq:A", "{Id}", ticks: true));
        Assert.Equal(10_000, (await SweepAsync(a, ticking)).Started);

        using var dies = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var watch = Stopwatch.StartNew();
        var nodeB = DrainAsync(b, dies.Token);          // dies after 4 s, in the middle of its work
        await DrainAsync(a, CancellationToken.None);   // works until everything is done, taking over the dead node's claims
        await nodeB;

        Assert.Equal(10_000L, await ScalarAsync(a, "SELECT COUNT(*) FROM workflow_log l JOIN workflow_instances i ON i.id = l.instance_id WHERE i.type_id = @id AND l.activity_id = 'tick'", ticking.TypeId));
        Assert.Equal(10_000L, await ScalarAsync(a, "SELECT COUNT(DISTINCT l.instance_id) FROM workflow_log l JOIN workflow_instances i ON i.id = l.instance_id WHERE i.type_id = @id AND l.activity_id = 'tick'", ticking.TypeId));
        Assert.Equal(10_000L, await ScalarAsync(a, "SELECT COUNT(*) FROM workflow_instances WHERE type_id = @id AND status = 'Finished'", ticking.TypeId));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(5), $"took {watch.Elapsed}");
    }

    private static string Workflow(string name, string filter, string dedupe, bool ticks) => new JsonObject
    {
        ["name"] = name,
        ["activities"] = new JsonArray(
            new JsonObject { ["id"] = "sweep", ["type"] = "Sweep", ["isStart"] = true, ["properties"] = new JsonObject
                { ["contentType"] = "Customer", ["filter"] = filter, ["schedule"] = "0 0 1 1 *", ["dedupeKey"] = dedupe } },
            new JsonObject { ["id"] = "wait", ["type"] = "Delay", ["properties"] = new JsonObject { ["duration"] = "2s" } },
            new JsonObject { ["id"] = "tick", ["type"] = "Log", ["properties"] = new JsonObject { ["message"] = "tick {{ item.Name }}" } }),
        ["transitions"] = ticks
            ? new JsonArray(new JsonObject { ["source"] = "sweep", ["outcome"] = "Done", ["destination"] = "wait" },
                            new JsonObject { ["source"] = "wait", ["outcome"] = "Done", ["destination"] = "tick" })
            : new JsonArray(new JsonObject { ["source"] = "sweep", ["outcome"] = "Done", ["destination"] = "tick" },
                            new JsonObject { ["source"] = "tick", ["outcome"] = "Done", ["destination"] = "wait" }),
    }.ToJsonString();

    private static async Task ImportCustomersAsync(CrmTestHost host, int count, int timers)
    {
        await host.InTenantAsync("Default", async s =>
        {
            var importer = s.GetRequiredService<ContentImporter>();
            var rows = Enumerable.Range(0, count).Select(i => new JsonObject { ["Name"] = $"Customer {i:D6}", ["Stage"] = "Prospect", ["Grade"] = i < timers ? "A" : "B" });
            foreach (var batch in rows.Chunk(5_000)) await importer.ImportAsync("Customer", batch, new ImportOptions { BatchSize = 1_000 }, CancellationToken.None);
        });
    }

    private static async Task<WorkflowVersion> PublishAsync(CrmTestHost host, string json)
    {
        WorkflowVersion version = null!;
        await host.InTenantAsync("Default", async s =>
        {
            var store = s.GetRequiredService<WorkflowStore>();
            version = await store.PublishAsync((await store.SaveDraftAsync(WorkflowJson.Read(json))).Id, null);
        });
        return version;
    }

    private static async Task<SweepResult> SweepAsync(CrmTestHost node, WorkflowVersion version)
    {
        SweepResult result = null!;
        await node.InTenantAsync("Default", async s => result = await s.GetRequiredService<SweepRunner>().RunAsync(version, version.Definition.Find("sweep")!, CancellationToken.None));
        return result;
    }

    /// <summary>A node's workflow processing, called the way the scheduler calls it, until no bookmark is left (or the node dies).</summary>
    private static async Task DrainAsync(CrmTestHost node, CancellationToken dies)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!dies.IsCancellationRequested && DateTime.UtcNow < deadline)
        {
            try
            {
                await node.InTenantAsync("Default", s => s.GetRequiredService<WorkflowProcessor>().RunDueAsync(DateTimeOffset.UtcNow, dies));
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (await ScalarAsync(node, "SELECT COUNT(*) FROM workflow_bookmarks", null) == 0) return;
            await Task.Delay(250, CancellationToken.None);
        }
    }

    private static async Task<long> ScalarAsync(CrmTestHost host, string sql, string? id)
    {
        long value = 0;
        await host.InTenantAsync("Default", async s => value = await s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>(sql, new { id }));
        return value;
    }
}
