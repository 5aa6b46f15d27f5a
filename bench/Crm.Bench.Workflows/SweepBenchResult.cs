using Crm.Bench.Common;
using Crm.Workflows.Triggers;

namespace Crm.Bench.Workflows;

public sealed record SweepBenchResult(
    WorkflowBenchOptions Options,
    int Customers,
    double ImportSeconds,
    long Activities,
    double ActivitySeconds,
    long DatabaseBytes,
    int HandCount,
    IReadOnlyList<double> HandAroundFirst,
    double FirstSeconds,
    SweepResult First,
    IReadOnlyList<(double Seconds, SweepResult Result)> ReRuns,
    IReadOnlyList<double> HandAroundReRuns,
    double HandCreateSeconds,
    int HandCreated,
    long Instances,
    long StartBookmarks)
{
    public double FirstRatio => FirstSeconds / HandAroundFirst.Average();

    public double ReRunSeconds => Stats.Median(ReRuns.Select(r => r.Seconds).ToList());

    public double ReRunRatio => ReRunSeconds / Stats.Median(HandAroundReRuns.ToList());

    public bool Consistent => First.Matched == HandCount && First.Started == HandCount && Instances == HandCount && StartBookmarks == HandCount
                              && HandCreated == HandCount && ReRuns.All(r => r.Result.Started == 0 && r.Result.Matched == HandCount);

    public void Print(TextWriter output)
    {
        output.WriteLine($"sweep: {Customers:N0} customers (imported in {ImportSeconds:F0} s), {Activities:N0} activities (SQL, {ActivitySeconds:F0} s), database {DatabaseBytes / 1e9:F2} GB");
        output.WriteLine($"  filter {SweepBenchmark.Filter}; hand-written: SELECT id FROM content_items WHERE {HandWrittenSweep.Where}");
        output.WriteLine($"  hand-written SELECT: {HandCount:N0} rows, {HandAroundFirst[0]:F2} s before / {HandAroundFirst[1]:F2} s after the first run");
        output.WriteLine($"  first run: matched {First.Matched:N0}, created {First.Started:N0} instances in {FirstSeconds:F2} s = {FirstRatio:F2}x the SELECT");
        output.WriteLine($"  re-runs: created {string.Join(", ", ReRuns.Select(r => r.Result.Started))} in {string.Join(" / ", ReRuns.Select(r => $"{r.Seconds:F2} s"))}; " +
                         $"SELECT between them {string.Join(" / ", HandAroundReRuns.Select(s => $"{s:F2} s"))}; median re-run = {ReRunRatio:F2}x the SELECT");
        output.WriteLine($"  hand-written INSERT ... SELECT of the same instances + Start bookmarks (rolled back): {HandCreated:N0} in {HandCreateSeconds:F2} s; " +
                         $"first run = {FirstSeconds / HandCreateSeconds:F2}x that");
        output.WriteLine($"  check: {Instances:N0} instances, {StartBookmarks:N0} Start bookmarks, re-runs created none: {(Consistent ? "consistent" : "INCONSISTENT")}");
        output.WriteLine($"  target first run <= 1.5x the SELECT: {(FirstRatio <= 1.5 ? "PASS" : "FAIL")}; re-run <= 1.5x: {(ReRunRatio <= 1.5 ? "PASS" : "FAIL")}; re-run creates 0: {(ReRuns.All(r => r.Result.Started == 0) ? "PASS" : "FAIL")}");
    }
}
