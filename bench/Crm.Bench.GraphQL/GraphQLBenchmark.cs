using System.Diagnostics;
using Crm.Bench.Common;

namespace Crm.Bench.GraphQL;

/// <summary>
/// Seeds the default tenant, checks that both endpoints give the same answers, then loads them with wrk in turn, round
/// after round, so that whatever else the machine is doing falls on both.
/// </summary>
public sealed class GraphQLBenchmark(BenchHost host, Uri server, GraphQLBenchOptions options, StatementCounter statements, BenchStorage storage)
{
    public const string ApiKey = "bench-graphql-admin-api-key-000000001";

    private const int FirstWarmUpSeconds = 10;

    public async Task<GraphQLBenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        // Defined again on a reused database too: the recipe brings the type's indexes to what the measured code makes.
        await BenchSeeder.DefineModelAsync(host, cancellationToken);
        if (!storage.Reused)
        {
            var owners = await BenchSeeder.CreateOwnersAsync(host, options.Owners, cancellationToken);
            var import = await BenchSeeder.ImportAsync(host, BenchModel.Rows(options.Items, host.Service<TimeProvider>().GetUtcNow()), owners, cancellationToken);
            if (import.Created != options.Items) throw new InvalidOperationException($"Only {import.Created:N0} of {options.Items:N0} customers were imported.");
            await BenchSeeder.AnalyzeAsync(host, cancellationToken);
            await storage.NoteSeedAsync(options.SeedNote);
        }
        double? seedSeconds = storage.Reused ? null : watch.Elapsed.TotalSeconds;

        var graphQL = new Uri(server, "/api/graphql");
        var handWritten = new Uri(server, HandWrittenEndpoint.Path);
        using var client = new HttpClient();
        statements.Enabled = true;
        var (graphQLBytes, handBytes, identical) = await new ResponseCheck(client, ApiKey).RunAsync(graphQL, handWritten, cancellationToken);
        statements.Enabled = false;
        var graphQLStatements = statements.Last;

        var wrk = new WrkLoad(storage.DataDir, ApiKey, options.Connections, options.Threads);
        var scripts = new Dictionary<string, (Uri Url, string Script)>
        {
            [GraphQLBenchResult.GraphQL] = (graphQL, wrk.Script("graphql", CustomerPageQuery.Combinations.Select(c => CustomerPageQuery.GraphQLBody(c.Stage, c.Grade)))),
            [GraphQLBenchResult.HandWritten] = (handWritten, wrk.Script("hand-written", CustomerPageQuery.Combinations.Select(c => CustomerPageQuery.HandWrittenBody(c.Stage, c.Grade)))),
        };
        var runs = new List<EndpointRun>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            // Alternate which endpoint goes first, so neither always follows the other's garbage.
            var order = round % 2 == 1 ? new[] { GraphQLBenchResult.GraphQL, GraphQLBenchResult.HandWritten } : [GraphQLBenchResult.HandWritten, GraphQLBenchResult.GraphQL];
            foreach (var endpoint in order)
            {
                var (url, script) = scripts[endpoint];
                // The first run of each endpoint also warms the process: JIT tiering of the whole path.
                var warmUp = round == 1 ? Math.Max(options.WarmUpSeconds, FirstWarmUpSeconds) : options.WarmUpSeconds;
                runs.Add(await MeasureAsync(wrk, round, endpoint, url, script, warmUp, cancellationToken));
            }
        }
        var breakdown = new List<EndpointRun>();
        if (options.Breakdown)
        {
            foreach (var (label, bodies) in CostBreakdown.Steps)
            {
                var script = wrk.Script("breakdown-" + breakdown.Count, bodies);
                breakdown.Add(await MeasureAsync(wrk, 0, label, graphQL, script, options.WarmUpSeconds, cancellationToken));
            }
        }
        return new GraphQLBenchResult(options, seedSeconds, graphQLBytes, handBytes, identical, graphQLStatements, runs, breakdown);
    }

    /// <summary>A warm-up run, then a measured one with the server's CPU time and allocations per request (round 0: a breakdown step).</summary>
    private async Task<EndpointRun> MeasureAsync(WrkLoad wrk, int round, string endpoint, Uri url, string script, int warmUpSeconds, CancellationToken cancellationToken)
    {
        await wrk.RunAsync(url, script, warmUpSeconds, cancellationToken);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var load = await wrk.RunAsync(url, script, options.DurationSeconds, cancellationToken);
        var requests = Math.Max(1, load.Requests);
        var cpuMs = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / requests;
        var allocatedKB = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / requests;
        Console.Error.WriteLine($"  {(round > 0 ? $"round {round}" : "breakdown")} {endpoint}: {load.RequestsPerSecond:F0} req/s, p50 {load.P50:F2} ms, p99 {load.P99:F2} ms, " +
                                $"CPU {cpuMs:F2} ms/request, {allocatedKB:F0} KB allocated/request");
        return new EndpointRun(round, endpoint, load, cpuMs, allocatedKB);
    }
}
