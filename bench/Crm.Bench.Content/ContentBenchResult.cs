using Crm.Bench.Common;
using Crm.Core.Content.Bulk;
using Crm.Core.Data;

namespace Crm.Bench.Content;

public sealed record ContentBenchResult(
    ContentBenchOptions Options,
    ImportResult Import,
    double ImportSeconds,
    IReadOnlyList<double> Engine,
    IReadOnlyList<double> ByHand,
    IReadOnlyList<double> Pages,
    long EngineCount,
    bool EngineCountExact,
    long HandCount)
{
    public double ImportRate => Import.Created / ImportSeconds;

    public void Print(TextWriter output)
    {
        var engineP50 = Stats.Median(Engine.ToList());
        var handP50 = Stats.Median(ByHand.ToList());
        var ratio = engineP50 / handP50;
        output.WriteLine($"provider: {Options.Provider}, items: {Options.Items:N0}, queries: {Options.Queries} (interleaved, after 10 warm-up rounds)");
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        output.WriteLine($"import: {Import.Created:N0} created, {Import.FailedRows} failed, {ImportSeconds:F1} s, {ImportRate:N0} items/s");
        output.WriteLine($"page (Stage = Prospect and Grade = A, LastActivityAt desc, 50 rows, count up to 10,000):");
        output.WriteLine($"  engine:       p50 {engineP50:F2} ms, p95 {Stats.P95(Engine.ToList()):F2} ms, count {EngineCount:N0}{(EngineCountExact ? "" : "+")}");
        output.WriteLine($"  hand-written: p50 {handP50:F2} ms, p95 {Stats.P95(ByHand.ToList()):F2} ms, count {Math.Min(HandCount, 10_000):N0}{(HandCount > 10_000 ? "+" : "")}");
        output.WriteLine($"  engine / hand-written (p50): {ratio:F2}x");
        var pageP50 = Stats.Median(Pages.ToList());
        output.WriteLine($"list screen /contents/BenchCustomer (same filter and sort, 50 rows, HTML rendered): p50 {pageP50:F2} ms, p95 {Stats.P95(Pages.ToList()):F2} ms");
        var importTarget = Options.Provider == DatabaseProvider.Sqlite ? $"import >= 10,000 items/s: {(ImportRate >= 10_000 ? "PASS" : "FAIL")}" : "import target is for SQLite";
        var pageTarget = Options.Provider == DatabaseProvider.Postgres && Options.Items >= 1_000_000
            ? $", p50 <= 20 ms at 1M: {(engineP50 <= 20 ? "PASS" : "FAIL")}, list screen p50 <= 50 ms at 1M: {(pageP50 <= 50 ? "PASS" : "FAIL")}"
            : "";
        output.WriteLine($"targets: page <= 1.5x hand-written: {(ratio <= 1.5 ? "PASS" : "FAIL")}{pageTarget}, {importTarget}");
    }
}
