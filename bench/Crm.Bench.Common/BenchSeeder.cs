using System.Text.Json.Nodes;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Common;

/// <summary>
/// Fills the default tenant of a bench host: the <see cref="BenchModel"/> type by recipe, staff to own the items, the
/// items through the bulk importer (multi-row inserts, batches of 1,000), and statistics.
/// </summary>
public static class BenchSeeder
{
    private const int BatchSize = 1000;
    private const int ProgressEvery = 100_000;

    public static async Task DefineModelAsync(BenchHost host, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(BenchModel.Recipe, "bench-model"), cancellationToken);
    }

    /// <summary>Creates sales reps owner01…ownerNN by recipe; returns their user ids.</summary>
    public static Task<IReadOnlyList<string>> CreateOwnersAsync(BenchHost host, int count, CancellationToken cancellationToken) =>
        CreateUsersAsync(host, Enumerable.Range(1, count).Select(i => ($"owner{i:D2}", "SalesRep")).ToList(), cancellationToken);

    /// <summary>
    /// Creates staff by recipe (the Users step), each with one role and the password <see cref="BenchHost.AdminPassword"/>;
    /// returns their user ids in the same order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CreateUsersAsync(BenchHost host, IReadOnlyList<(string Name, string Role)> staff, CancellationToken cancellationToken)
    {
        var users = new JsonArray(staff.Select(s => (JsonNode)new JsonObject
        {
            ["UserName"] = s.Name, ["Email"] = $"{s.Name}@bench.local", ["Password"] = BenchHost.AdminPassword, ["Roles"] = new JsonArray(s.Role),
        }).ToArray());
        var recipe = new JsonObject { ["name"] = "bench-users", ["steps"] = new JsonArray(new JsonObject { ["name"] = "Users", ["Users"] = users }) };
        await using var scope = host.TenantScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(recipe.ToJsonString(), "bench-users"), cancellationToken);
        return await IdsOfAsync(host, staff.Select(s => s.Name).ToList(), cancellationToken);
    }

    /// <summary>The user ids of existing staff, in the same order.</summary>
    public static async Task<IReadOnlyList<string>> IdsOfAsync(BenchHost host, IReadOnlyList<string> userNames, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var ids = new List<string>(userNames.Count);
        foreach (var name in userNames) ids.Add(await directory.IdOfAsync(name, cancellationToken) ?? throw new InvalidOperationException($"User {name} was not created."));
        return ids;
    }

    /// <summary>Imports the rows in batches; each batch is owned by the next of <paramref name="owners"/> in turn (none: no owner).</summary>
    public static async Task<ImportResult> ImportAsync(BenchHost host, IEnumerable<JsonObject> rows, IReadOnlyList<string> owners, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        int read = 0, created = 0, failed = 0, batches = 0;
        var errors = new List<ImportError>();
        foreach (var batch in rows.Chunk(BatchSize))
        {
            var owner = owners.Count == 0 ? null : owners[batches % owners.Count];
            var result = await importer.ImportAsync(BenchModel.Type, batch, new ImportOptions { BatchSize = BatchSize, Owner = owner }, cancellationToken);
            (read, created, failed, batches) = (read + result.RowsRead, created + result.Created, failed + result.FailedRows, batches + 1);
            errors.AddRange(result.Errors.Take(100 - errors.Count));
            if (read % ProgressEvery == 0) Console.Error.WriteLine($"  imported {read:N0}");
        }
        return new ImportResult(read, created, failed, errors);
    }

    /// <summary>
    /// Statistics on every table of the tenant (items, users), as a maintained database has them: autovacuum or
    /// PRAGMA optimize would gather them in time.
    /// </summary>
    public static async Task AnalyzeAsync(BenchHost host, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        await scope.ServiceProvider.GetRequiredService<TenantDb>().ExecuteAsync("ANALYZE", null, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ContentStatistics>().RefreshAsync(cancellationToken);
    }
}
