using Crm.Bench.Common;

namespace Crm.Bench.Dashboard;

/// <summary>One card's data fetched on its own (the service its view component calls), timed run by run.</summary>
public sealed record CardQueryRun(string Card, IReadOnlyList<double> Milliseconds, int Statements)
{
    public void Print(TextWriter output) =>
        output.WriteLine($"    {Card,-22} median {Stats.Median(Milliseconds),7:F1} ms, p95 {Stats.P95(Milliseconds),7:F1} ms, max {Stats.Max(Milliseconds),7:F1} ms, {Statements} statements");
}
