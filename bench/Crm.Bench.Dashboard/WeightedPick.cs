namespace Crm.Bench.Dashboard;

/// <summary>Picks an index with probability proportional to its weight (cumulative weights, binary search).</summary>
public sealed class WeightedPick
{
    private readonly double[] _cumulative;

    public WeightedPick(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        double total = 0;
        for (var i = 0; i < weights.Count; i++) _cumulative[i] = total += weights[i];
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
