using System.Diagnostics;
using System.Text.Json.Nodes;
using Crm.Bench.Common;
using Crm.Core.Content.Fields;
using Crm.Workflows.Triggers;

namespace Crm.Bench.Workflows;

/// <summary>
/// Customers (imported through the engine) and their activities, then the win-back sweep "prospects with no activity in
/// the last 7 days" timed side by side with the hand-written SELECT of the same rows: the first run (creates the
/// instances), then re-runs that must create none.
/// </summary>
public sealed class SweepBenchmark(BenchHost host, ShiftedClock clock, WorkflowBenchOptions options)
{
    public const string Filter = "Stage:eq:Prospect,LastActivityAt:lt:now-7d";
    private const int ReRuns = 3;

    public async Task<SweepBenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var work = new TenantWork(host);
        await BenchSeeder.DefineModelAsync(host, cancellationToken);
        var watch = Stopwatch.StartNew();
        var import = await BenchSeeder.ImportAsync(host, BenchModel.Rows(options.Customers, clock.GetUtcNow()), owners: [], cancellationToken);
        var importSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var activities = await ActivitySeeder.SeedAsync(host, options.ActivitiesPerCustomer, cancellationToken);
        var activitySeconds = watch.Elapsed.TotalSeconds;
        await work.ExecuteAsync("ANALYZE", null, cancellationToken);
        var size = await work.ScalarAsync("SELECT pg_database_size(current_database())", null, cancellationToken);

        var version = await work.PublishAsync(Workflow(), cancellationToken);
        // Customers cross "7 days without activity" every minute; with the clock stopped every run selects the same rows.
        clock.Stop();
        var hand = new HandWrittenSweep(host);
        string Cutoff() => DateTimeFieldKind.Canonical(clock.GetUtcNow().AddDays(-7));
        var handCount = await hand.SelectAsync(Cutoff(), cancellationToken); // warms the cache for both

        var before = await TimeAsync(() => hand.SelectAsync(Cutoff(), cancellationToken));
        var first = await TimeAsync(() => work.SweepAsync(version, cancellationToken));
        var after = await TimeAsync(() => hand.SelectAsync(Cutoff(), cancellationToken));
        var reRuns = new List<(double Seconds, SweepResult Result)>();
        var handAround = new List<double>();
        for (var i = 0; i < ReRuns; i++)
        {
            reRuns.Add(await TimeAsync(() => work.SweepAsync(version, cancellationToken)));
            handAround.Add((await TimeAsync(() => hand.SelectAsync(Cutoff(), cancellationToken))).Seconds);
        }
        var handCreate = await TimeAsync(() => hand.CreateRolledBackAsync(Cutoff(), DateTimeFieldKind.Canonical(clock.GetUtcNow()), cancellationToken));

        var args = new { id = version.TypeId };
        var instances = await work.ScalarAsync("SELECT COUNT(*) FROM workflow_instances WHERE type_id = @id", args, cancellationToken);
        var starts = await work.ScalarAsync(
            "SELECT COUNT(*) FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id WHERE i.type_id = @id AND b.kind = 'Start'", args, cancellationToken);
        return new SweepBenchResult(options, import.Created, importSeconds, activities, activitySeconds, size, handCount,
            [before.Seconds, after.Seconds], first.Seconds, first.Result, reRuns, handAround, handCreate.Seconds, handCreate.Result, instances, starts);
    }

    private static async Task<(double Seconds, T Result)> TimeAsync<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        return (watch.Elapsed.TotalSeconds, result);
    }

    private static string Workflow() => new JsonObject
    {
        ["name"] = "BenchWinBack",
        ["activities"] = new JsonArray(
            new JsonObject { ["id"] = "sweep", ["type"] = "Sweep", ["isStart"] = true, ["properties"] = new JsonObject
                { ["contentType"] = BenchModel.Type, ["filter"] = Filter, ["schedule"] = "0 0 1 1 *", ["dedupeKey"] = "customer:{Id}:no-activity:{LastActivityAt}" } },
            new JsonObject { ["id"] = "remind", ["type"] = "Log", ["properties"] = new JsonObject { ["message"] = "win back {{ item.Name }}" } }),
        ["transitions"] = new JsonArray(new JsonObject { ["source"] = "sweep", ["outcome"] = "Done", ["destination"] = "remind" }),
    }.ToJsonString();
}
