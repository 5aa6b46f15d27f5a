using System.Diagnostics;
using System.Net;
using Crm.Core.Tenants;
using Microsoft.Data.Sqlite;

using Crm.Bench.Common;

namespace Crm.Bench.Tenants;

/// <summary>
/// Creates the tenants with one host, then starts a second host on the same data directory so every tenant
/// is cold (registered but never served by this host), and activates each with one request.
/// </summary>
public sealed class TenantBenchmark(int tenantCount, string dataDir)
{
    private const string ActivationPath = "/login";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var names = Enumerable.Range(1, tenantCount).Select(i => $"t{i:D3}").ToList();
        var creation = await CreateTenantsAsync(names, cancellationToken);

        // What the creating host left in static pools must not make the measuring host's tenants warm.
        SqliteConnection.ClearAllPools();

        await using var host = new BenchHost(dataDir);
        host.Start();
        using var client = host.Client();

        // Serve the default tenant first: JIT, view compilation and routing are paid once per process, not per
        // tenant, and would otherwise be charged to the first cold tenant (and to the memory growth).
        var failures = 0;
        for (var i = 0; i < 3; i++) failures += await GetAsync(client, ActivationPath, cancellationToken) is null ? 1 : 0;

        var before = MemorySnapshot.Take();
        var cold = new List<double>(tenantCount);
        foreach (var name in names)
        {
            var elapsed = await GetAsync(client, $"/{name}{ActivationPath}", cancellationToken);
            if (elapsed is null) failures++;
            else cold.Add(elapsed.Value);
        }
        var after = MemorySnapshot.Take();

        // Second request to each tenant, same run and same host, so the cold/warm ratio compares like with like.
        var warm = new List<double>(tenantCount);
        foreach (var name in names)
        {
            var elapsed = await GetAsync(client, $"/{name}{ActivationPath}", cancellationToken);
            if (elapsed is null) failures++;
            else warm.Add(elapsed.Value);
        }

        return new BenchResult(tenantCount, creation, before, after, cold, warm, failures);
    }

    private async Task<List<double>> CreateTenantsAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        await using var host = new BenchHost(dataDir);
        host.Start();
        var setup = host.Service<TenantSetupService>();
        var timings = new List<double>(names.Count);
        foreach (var name in names)
        {
            var watch = Stopwatch.StartNew();
            await setup.CreateAsync(new TenantCreateRequest
            {
                Name = name,
                UrlPrefix = name,
                Recipe = "crm",
                AdminPassword = BenchHost.AdminPassword,
            }, cancellationToken);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        return timings;
    }

    /// <summary>Milliseconds until the whole response is read, or null when it is not a 200.</summary>
    private static async Task<double?> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path, cancellationToken);
        _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode == HttpStatusCode.OK) return elapsed;
        await Console.Error.WriteLineAsync($"GET {path}: {(int)response.StatusCode} {response.StatusCode}");
        return null;
    }
}
