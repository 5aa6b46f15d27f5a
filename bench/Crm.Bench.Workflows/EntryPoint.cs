using Crm.Bench.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Workflows;

/// <summary>Not top-level statements: those would declare a global Program that hides the host's.</summary>
public static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (!BenchArguments.TryParse(args, WorkflowBenchOptions.Parse, out var options)) return 2;
        BenchHost.UseBinaryDirectory();
        var clock = new ShiftedClock();
        await using var storage = await BenchStorage.CreateAsync(options.Storage);
        await using var host = storage.Host(builder =>
        {
            // One node, driven by the bench (DueWorkScheduler.RunOnceAsync) rather than by its background loop's ticks.
            builder.UseSetting("Crm:Scheduling:RunInBackground", "false");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock));
        });
        host.Start();
        Console.WriteLine($"machine: {BenchMachine.Description}, load: {BenchMachine.LoadAverage()}");
        var ok = true;
        if (options.RunTimers)
        {
            var timers = await new TimerBenchmark(host, clock, options).RunAsync(CancellationToken.None);
            timers.Print(Console.Out);
            ok &= timers.ExactlyOnce;
        }
        if (options.RunSweep)
        {
            var sweep = await new SweepBenchmark(host, clock, options).RunAsync(CancellationToken.None);
            sweep.Print(Console.Out);
            ok &= sweep.Consistent;
        }
        Console.WriteLine($"load at the end: {BenchMachine.LoadAverage()}");
        return ok ? 0 : 1;
    }
}
