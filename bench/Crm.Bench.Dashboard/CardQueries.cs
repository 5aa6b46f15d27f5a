using System.Diagnostics;
using Crm.Bench.Common;
using Crm.Core.Data;
using Crm.Customers.Dashboard;
using Crm.Dashboard.Services;
using Crm.Dashboard.Widgets;
using Crm.SalesActivities.Dashboard;
using Crm.SalesActivities.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Dashboard;

/// <summary>
/// Each dashboard card's data alone, through the same service call its view component makes, each run in its own tenant
/// scope as a request has: no HTTP, authentication, layout or rendering.
/// </summary>
public sealed class CardQueries(BenchHost host, DashboardBenchOptions options)
{
    public async Task<IReadOnlyList<CardQueryRun>> RunAsync(string repId, CancellationToken cancellationToken) =>
    [
        await RunAsync("MyDay", s => s.GetRequiredService<ToDoQueries>().TodayAsync(repId, t => t, MyDayViewComponent.Rows, cancellationToken), cancellationToken),
        await RunAsync("DueForContact", s => s.GetRequiredService<DueForContactQuery>().ForAsync(repId, DueForContactViewComponent.Rows, cancellationToken), cancellationToken),
        await RunAsync("ActivitiesPerRep", s => s.GetRequiredService<TeamFigures>().ActivitiesPerRepAsync(ActivitiesPerRepViewComponent.Days, cancellationToken), cancellationToken),
        await RunAsync("StageFunnel", s => s.GetRequiredService<TeamFigures>().StageFunnelAsync(StageFunnelViewComponent.Days, cancellationToken), cancellationToken),
    ];

    private async Task<CardQueryRun> RunAsync<T>(string card, Func<IServiceProvider, Task<T>> fetch, CancellationToken cancellationToken)
    {
        var times = new List<double>(options.Requests);
        var statements = 0;
        for (var i = 0; i < options.Warmup + options.Requests; i++)
        {
            await using var scope = host.TenantScope();
            var start = Stopwatch.GetTimestamp();
            await fetch(scope.ServiceProvider);
            if (i < options.Warmup) continue;
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            statements = scope.ServiceProvider.GetRequiredService<TenantDb>().CommandCount;
        }
        return new CardQueryRun(card, times, statements);
    }
}
