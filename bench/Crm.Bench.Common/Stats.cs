namespace Crm.Bench.Common;

/// <summary>Order statistics of a set of timings, in milliseconds.</summary>
public static class Stats
{
    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 0.50);

    public static double P95(IReadOnlyCollection<double> values) => Percentile(values, 0.95);

    /// <summary>Nearest-rank percentile: a value that was actually measured, never an interpolation.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double fraction)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Max(IReadOnlyCollection<double> values) => values.Count == 0 ? double.NaN : values.Max();
}
