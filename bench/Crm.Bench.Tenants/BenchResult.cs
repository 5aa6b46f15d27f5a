using Crm.Bench.Common;

namespace Crm.Bench.Tenants;

/// <summary>The measured figures and the targets (≤ 1 MB per idle tenant, ≤ 250 ms p95 cold first request).</summary>
public sealed record BenchResult(
    int Tenants,
    IReadOnlyCollection<double> CreationMs,
    MemorySnapshot Before,
    MemorySnapshot After,
    IReadOnlyCollection<double> ColdMs,
    IReadOnlyCollection<double> WarmMs,
    int Failures)
{
    public const double MemoryTargetKb = 1024;
    public const double ColdP95TargetMs = 250;

    public double ManagedKbPerTenant => (After.ManagedHeapBytes - Before.ManagedHeapBytes) / 1024.0 / Tenants;
    public double WorkingSetKbPerTenant => (After.WorkingSetBytes - Before.WorkingSetBytes) / 1024.0 / Tenants;
    public double PrivateKbPerTenant => (After.PrivateBytes - Before.PrivateBytes) / 1024.0 / Tenants;

    public void Print(TextWriter output)
    {
        var coldMedian = Stats.Median(ColdMs);
        var coldP95 = Stats.P95(ColdMs);
        var warmMedian = Stats.Median(WarmMs);
        output.WriteLine($"tenants: {Tenants}");
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}");
        output.WriteLine($"tenant creation: median {Stats.Median(CreationMs):F1} ms, p95 {Stats.P95(CreationMs):F1} ms, total {CreationMs.Sum() / 1000:F1} s");
        output.WriteLine($"managed heap: {Mb(Before.ManagedHeapBytes)} MB before, {Mb(After.ManagedHeapBytes)} MB after activation");
        output.WriteLine($"working set: {Mb(Before.WorkingSetBytes)} MB before, {Mb(After.WorkingSetBytes)} MB after activation");
        output.WriteLine($"managed heap growth per tenant: {ManagedKbPerTenant:F1} KB");
        output.WriteLine($"working set growth per tenant: {WorkingSetKbPerTenant:F1} KB");
        output.WriteLine($"private memory growth per tenant: {PrivateKbPerTenant:F1} KB");
        output.WriteLine($"cold first request: median {coldMedian:F1} ms, p95 {coldP95:F1} ms, max {Stats.Max(ColdMs):F1} ms");
        output.WriteLine($"warm request: median {warmMedian:F1} ms, p95 {Stats.P95(WarmMs):F1} ms");
        output.WriteLine($"cold/warm median ratio: {coldMedian / warmMedian:F1}x");
        if (Failures > 0) output.WriteLine($"failed requests: {Failures}");
        // The target is judged on the managed heap: it is what an idle tenant keeps alive. The working set also
        // moves with GC heap sizing and code warm-up, so it is shown, but only as a cross-check.
        output.WriteLine($"targets: memory <= {MemoryTargetKb:F0} KB/tenant: {Verdict(ManagedKbPerTenant <= MemoryTargetKb)}, " +
                         $"cold p95 <= {ColdP95TargetMs:F0} ms: {Verdict(coldP95 <= ColdP95TargetMs)}");
        output.WriteLine($"cross-check: working set <= {MemoryTargetKb:F0} KB/tenant: {Verdict(WorkingSetKbPerTenant <= MemoryTargetKb)}");
    }

    private static string Verdict(bool met) => met ? "PASS" : "FAIL";

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
