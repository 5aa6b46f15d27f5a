using System.Diagnostics;
using Crm.Bench.Common;

namespace Crm.Bench.Campaigns;

/// <summary>One measured action: its first (cold) run in the process, then the median and max of the warm runs; statements where the action counts them.</summary>
internal static class Measure
{
    /// <param name="action">Runs the action once; returns the statements it ran (null when not counted) and a short description of its result.</param>
    public static async Task RunAsync(TextWriter output, string name, int runs, Func<Task<(int? Statements, string Result)>> action)
    {
        var watch = Stopwatch.StartNew();
        var (statements, result) = await action();
        var cold = watch.Elapsed.TotalMilliseconds;
        var warm = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            watch.Restart();
            await action();
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }
        output.WriteLine($"  {name,-44} cold {cold,8:F0} ms   warm median {Stats.Median(warm),8:F0} ms, max {Stats.Max(warm),8:F0} ms" +
                         (statements is { } s ? $"   {s,3} statements" : "                 ") + $"   {result}");
    }
}
