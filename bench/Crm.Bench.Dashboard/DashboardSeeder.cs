using System.Diagnostics;
using Crm.Bench.Common;

namespace Crm.Bench.Dashboard;

/// <summary>
/// Fills the default tenant (crm recipe, no sample data) with a sales team's history: the staff by recipe, then the
/// customers, activities and stage changes of a <see cref="SalesHistory"/> by COPY in the engine's own row shape, with the
/// engine's indexes built afterwards, then statistics.
/// </summary>
public sealed class DashboardSeeder(BenchHost host, DashboardBenchOptions options, TimeProvider clock)
{
    private const long ProgressEvery = 500_000;

    public async Task<SeedResult> SeedAsync(DashboardStaff staff, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var owners = await BenchSeeder.CreateUsersAsync(host, staff.Members, cancellationToken);
        var history = new SalesHistory(options.Customers, options.Activities, staff.Weights, clock.GetUtcNow());
        var items = new SalesHistoryItems(history, owners);
        var planned = watch.Elapsed;
        long written = 0;
        var progress = new Progress<long>(n =>
        {
            if (n % ProgressEvery == 0) Console.Error.WriteLine($"  written {n:N0} items ({watch.Elapsed.TotalSeconds:F0} s)");
        });
        await BenchContentCopy.WithoutContentIndexesAsync(host,
            async () => written = await BenchContentCopy.WriteAsync(host, items.InCreationOrder(), progress, cancellationToken), cancellationToken);
        var indexed = watch.Elapsed;
        await BenchSeeder.AnalyzeAsync(host, cancellationToken);
        return new SeedResult(history.Customers.Length, history.Activities.Length, history.Moves.Length, written, planned, indexed, watch.Elapsed);
    }
}
