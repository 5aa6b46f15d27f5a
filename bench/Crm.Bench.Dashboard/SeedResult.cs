namespace Crm.Bench.Dashboard;

/// <param name="Planned">Time to create the staff and plan the history in memory.</param>
/// <param name="Loaded">Time until the rows were written and the indexes built.</param>
/// <param name="Total">Including statistics.</param>
public sealed record SeedResult(int Customers, int Activities, int StageChanges, long Written, TimeSpan Planned, TimeSpan Loaded, TimeSpan Total)
{
    public void Print(TextWriter output) =>
        output.WriteLine($"seeded: {Customers:N0} customers, {Activities:N0} activities, {StageChanges:N0} stage changes ({Written:N0} rows) in {Total.TotalSeconds:F0} s " +
                         $"(plan {Planned.TotalSeconds:F0} s, COPY and index builds {(Loaded - Planned).TotalSeconds:F0} s, ANALYZE {(Total - Loaded).TotalSeconds:F0} s)");
}
