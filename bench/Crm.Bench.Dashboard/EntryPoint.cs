using Crm.Bench.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Dashboard;

/// <summary>Not top-level statements: those would declare a global Program that hides the host's.</summary>
public static class EntryPoint
{
    public const double TargetMilliseconds = 100;

    private static readonly string[] RepCards = ["widget-my-day", "widget-due-for-contact"];
    private static readonly string[] ManagerCards = [.. RepCards, "widget-activities-per-rep", "widget-stage-funnel"];

    public static async Task<int> Main(string[] args)
    {
        if (!BenchArguments.TryParse(args, DashboardBenchOptions.Parse, out var options)) return 2;
        BenchHost.UseBinaryDirectory();
        var cancellationToken = CancellationToken.None;
        await using var storage = await BenchStorage.CreateAsync(options.Storage, options.SeedNote);
        using var probe = new RequestProbe();
        await using var host = storage.DrivenHost(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(probe)));
        var server = host.StartOnLoopback();
        var clock = host.Service<TimeProvider>();
        var output = Console.Out;
        output.WriteLine($"machine: {BenchMachine.Description}, load: {BenchMachine.LoadAverage()}");
        var staff = new DashboardStaff(options.Reps);
        if (storage.Reused)
        {
            var (elapsed, enabled) = await TenantRefresh.RunAsync(host, cancellationToken);
            output.WriteLine($"reusing the seeded database ({options.SeedNote}); features enabled since: {(enabled.Count == 0 ? "none" : string.Join(", ", enabled))}; " +
                             $"definitions, indexes and statistics brought up to date in {elapsed.TotalSeconds:F1} s");
        }
        else
        {
            (await new DashboardSeeder(host, options, clock).SeedAsync(staff, cancellationToken)).Print(output);
            await storage.NoteSeedAsync(options.SeedNote);
        }
        var ids = await BenchSeeder.IdsOfAsync(host, [staff.BusiestRep, DashboardStaff.Manager], cancellationToken);
        (await TeamBook.CountAsync(host, ids[0], cancellationToken)).Print(output, staff.BusiestRep, clock.GetUtcNow());
        output.WriteLine($"load before measuring: {BenchMachine.LoadAverage()}");

        var runs = await new PageBenchmark(server, probe, options).RunAsync(
            [(staff.BusiestRep, "SalesRep", RepCards), (DashboardStaff.Manager, "Manager", ManagerCards)], cancellationToken);
        output.WriteLine($"after {options.Warmup} warm-up requests per user, the users taking turns:");
        foreach (var run in runs) run.Print(output);

        output.WriteLine($"each card's data alone ({options.Requests} runs after {options.Warmup} warm-up, {staff.BusiestRep}'s cards):");
        foreach (var card in await new CardQueries(host, options).RunAsync(ids[0], cancellationToken)) card.Print(output);

        var verdicts = runs.Select(r => $"{r.Role} median {Stats.Median(r.ServerMilliseconds):F1} ms <= {TargetMilliseconds} ms: {(Stats.Median(r.ServerMilliseconds) <= TargetMilliseconds ? "PASS" : "FAIL")}");
        output.WriteLine($"target (server time): {string.Join("; ", verdicts)}");
        output.WriteLine($"load at the end: {BenchMachine.LoadAverage()}");
        return 0;
    }
}
