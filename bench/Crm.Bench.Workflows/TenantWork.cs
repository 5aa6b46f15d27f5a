using Crm.Bench.Common;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Core.Scheduling;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Crm.Workflows.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Workflows;

/// <summary>What the benches do in the default tenant: define types, publish workflows, sweep, run due work, query.</summary>
public sealed class TenantWork(BenchHost host)
{
    public async Task RunRecipeAsync(string json, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(json, "bench"), cancellationToken);
    }

    public async Task<WorkflowVersion> PublishAsync(string json, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowStore>();
        var type = await store.SaveDraftAsync(WorkflowJson.Read(json), cancellationToken);
        return await store.PublishAsync(type.Id, null, cancellationToken);
    }

    public async Task<SweepResult> SweepAsync(WorkflowVersion version, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        return await scope.ServiceProvider.GetRequiredService<SweepRunner>()
            .RunAsync(version, version.Definition.Activities.Single(a => a.IsStart), cancellationToken);
    }

    /// <summary>
    /// This node's scheduler, called as its background loop calls it, until no bookmark of the kind is left. Counting
    /// the bookmarks only when the scheduler found no due tenant keeps the bench's own queries out of the figures.
    /// </summary>
    public async Task DrainAsync(string kind, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var scheduler = host.Service<DueWorkScheduler>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await scheduler.RunOnceAsync(cancellationToken) > 0) continue;
            if (await ScalarAsync("SELECT COUNT(*) FROM workflow_bookmarks WHERE kind = @kind", new { kind }, cancellationToken) == 0) return;
            await Task.Delay(20, cancellationToken);
        }
        throw new TimeoutException($"{kind} bookmarks were still left after {timeout}.");
    }

    public async Task<long> ScalarAsync(string sql, object? args, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        return await scope.ServiceProvider.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>(sql, args, cancellationToken);
    }

    public async Task<int> ExecuteAsync(string sql, object? args, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        return await scope.ServiceProvider.GetRequiredService<TenantDb>().ExecuteAsync(sql, args, cancellationToken);
    }
}
