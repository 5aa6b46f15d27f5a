using System.Globalization;
using Crm.Bench.Common;

namespace Crm.Bench.GraphQL;

public sealed record GraphQLBenchResult(
    GraphQLBenchOptions Options,
    double? SeedSeconds,
    int GraphQLBytes,
    int HandWrittenBytes,
    int IdenticalJson,
    int GraphQLStatements,
    IReadOnlyList<EndpointRun> Runs,
    IReadOnlyList<EndpointRun> Breakdown)
{
    public const string GraphQL = "GraphQL";
    public const string HandWritten = "hand-written";

    public const double RatioTarget = 0.6;
    public const double P99TargetMs = 30;

    private IReadOnlyList<LoadResult> Of(string endpoint) => Runs.Where(r => r.Endpoint == endpoint).Select(r => r.Load).ToList();

    /// <summary>All GraphQL requests over all hand-written ones: every run lasted as long, so this is the ratio of mean throughputs.</summary>
    public double Ratio => Of(GraphQL).Sum(l => l.Requests) / (double)Of(HandWritten).Sum(l => l.Requests);

    /// <summary>Median over rounds of the server's CPU time per request.</summary>
    public double CpuMsPerRequest(string endpoint) => Stats.Median(Runs.Where(r => r.Endpoint == endpoint).Select(r => r.CpuMsPerRequest).ToList());

    /// <summary>Median over rounds of the managed memory the server allocated per request.</summary>
    public double AllocatedKBPerRequest(string endpoint) => Stats.Median(Runs.Where(r => r.Endpoint == endpoint).Select(r => r.AllocatedKBPerRequest).ToList());

    public double GraphQLP99 => Stats.Median(Of(GraphQL).Select(l => l.P99).ToList());

    public bool Failed => Runs.Any(r => r.Load.Non2xx > 0 || r.Load.SocketErrors > 0);

    public void Print(TextWriter output)
    {
        var o = Options;
        output.WriteLine($"provider: {o.Provider}, customers: {o.Items:N0} (owners: {o.Owners}), {(SeedSeconds is { } seconds ? $"seeded in {seconds:F0} s" : "measured on the database a previous run seeded (--reuse)")}");
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}");
        output.WriteLine($"load: wrk, {o.Connections} connections, {o.Threads} threads, {o.Rounds} rounds x {o.DurationSeconds} s per endpoint " +
                         $"(each after a {o.WarmUpSeconds} s warm-up, 10 s in round 1), {CustomerPageQuery.Combinations.Count} stage/grade combinations in turn");
        output.WriteLine($"check: same {CustomerPageQuery.PageSize} ids in the same order on both endpoints for all {CustomerPageQuery.Combinations.Count} combinations; " +
                         $"JSON identical in {IdenticalJson}/{CustomerPageQuery.Combinations.Count}; answer {GraphQLBytes:N0} bytes (GraphQL), {HandWrittenBytes:N0} bytes (hand-written); " +
                         $"SQL statements per GraphQL request: {GraphQLStatements}");
        output.WriteLine();
        output.WriteLine("round  endpoint        req/s    p50 ms   p90 ms   p99 ms   errors   CPU ms/req   KB alloc/req");
        foreach (var run in Runs)
        {
            var l = run.Load;
            output.WriteLine($"{run.Round,5}  {run.Endpoint,-12} {l.RequestsPerSecond,8:F0} {l.P50,8:F2} {l.P90,8:F2} {l.P99,8:F2} {l.Non2xx + l.SocketErrors,8} {run.CpuMsPerRequest,12:F2} {run.AllocatedKBPerRequest,14:F0}");
        }
        output.WriteLine();
        output.WriteLine("median over rounds:");
        foreach (var endpoint in new[] { GraphQL, HandWritten })
        {
            var runs = Of(endpoint);
            output.WriteLine($"  {endpoint + ":",-14} {Stats.Median(runs.Select(l => l.RequestsPerSecond).ToList()),8:F0} req/s, " +
                             $"p50 {Stats.Median(runs.Select(l => l.P50).ToList()):F2} ms, p99 {Stats.Median(runs.Select(l => l.P99).ToList()):F2} ms, " +
                             $"CPU {CpuMsPerRequest(endpoint):F2} ms/request, {AllocatedKBPerRequest(endpoint):F0} KB allocated/request");
        }
        var perRound = Runs.GroupBy(r => r.Round).Select(g =>
            g.Single(r => r.Endpoint == GraphQL).Load.RequestsPerSecond / g.Single(r => r.Endpoint == HandWritten).Load.RequestsPerSecond);
        output.WriteLine($"throughput GraphQL / hand-written: {Ratio:F2}x (per round: {string.Join(", ", perRound.Select(r => r.ToString("F2", CultureInfo.InvariantCulture) + "x"))})");
        output.WriteLine($"server CPU per request hand-written / GraphQL: {CpuMsPerRequest(HandWritten) / CpuMsPerRequest(GraphQL):F2}x " +
                         "(what the throughput ratio approaches where the server's CPU is the bottleneck)");
        if (Breakdown.Count > 0)
        {
            output.WriteLine("breakdown (GraphQL, one run each after the rounds; each document adds to the one before):");
            foreach (var run in Breakdown)
            {
                output.WriteLine($"  {run.Endpoint,-22} {run.Load.RequestsPerSecond,8:F0} req/s, CPU {run.CpuMsPerRequest:F2} ms/request, {run.AllocatedKBPerRequest:F0} KB allocated/request");
            }
            output.WriteLine($"  {"full page (rounds)",-22} {Stats.Median(Of(GraphQL).Select(l => l.RequestsPerSecond).ToList()),8:F0} req/s, CPU {CpuMsPerRequest(GraphQL):F2} ms/request, {AllocatedKBPerRequest(GraphQL):F0} KB allocated/request");
        }
        output.WriteLine($"targets: throughput >= {RatioTarget}x hand-written: {(Ratio >= RatioTarget ? "PASS" : "FAIL")}, " +
                         $"GraphQL p99 <= {P99TargetMs} ms at {o.Connections} connections: {(GraphQLP99 <= P99TargetMs ? "PASS" : "FAIL")}" +
                         (Failed ? "; some requests failed (non-2xx or socket errors)" : ""));
    }
}
