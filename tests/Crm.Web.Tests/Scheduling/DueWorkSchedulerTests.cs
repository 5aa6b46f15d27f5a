using Crm.Core.Data;
using Crm.Core.Hosting;
using Crm.Core.Scheduling;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Scheduling;

public sealed class DueWorkSchedulerTests
{
    /// <summary>Records each run and answers the next due time the test sets.</summary>
    private sealed class RecordingProcessor(Runs runs) : IDueWorkProcessor
    {
        public Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            runs.At.Add(now);
            return Task.FromResult(runs.Next);
        }
    }

    private sealed class Runs
    {
        public List<DateTimeOffset> At { get; } = [];
        public DateTimeOffset? Next { get; set; }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tenant_runs_only_when_its_work_is_due_and_then_at_the_next_time_its_work_gives(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        var runs = new Runs();
        await using var host = await CrmTestHost.StartAsync(provider, clock, s => s.AddSingleton(runs).AddDueWorkProcessor<RecordingProcessor>());
        var scheduler = host.Service<DueWorkScheduler>();

        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None)); // no tenant asked: nothing runs
        await host.InTenantAsync("Default", s => s.GetRequiredService<DueWork>().ScheduleAsync(clock.GetUtcNow().AddMinutes(5)));
        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(5));
        runs.Next = clock.GetUtcNow().AddHours(1);
        Assert.Equal(1, await scheduler.RunOnceAsync(CancellationToken.None));
        Assert.Equal(runs.Next, await host.Service<TenantWakeups>().DueAsync("Default", CancellationToken.None));

        runs.Next = null;
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await scheduler.RunOnceAsync(CancellationToken.None));
        Assert.Null(await host.Service<TenantWakeups>().DueAsync("Default", CancellationToken.None));
        Assert.Equal(2, runs.At.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wake_up_asked_for_while_the_tenant_runs_is_kept_and_a_claimed_tenant_is_not_claimed_twice(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        await using var host = await CrmTestHost.StartAsync(provider, clock);
        var wakeups = host.Service<TenantWakeups>();
        var now = clock.GetUtcNow();
        await wakeups.RequestAsync("Default", now, CancellationToken.None);

        var claims = await wakeups.ClaimDueAsync(now, now.AddMinutes(2), 10, CancellationToken.None);
        var second = await wakeups.ClaimDueAsync(now, now.AddMinutes(2), 10, CancellationToken.None);
        await wakeups.RequestAsync("Default", now.AddSeconds(10), CancellationToken.None); // e.g. a timer made by a request meanwhile
        await wakeups.CompleteAsync(claims.Single(), null, CancellationToken.None);     // the run saw no more work

        Assert.Empty(second);
        Assert.Equal(now, await wakeups.DueAsync("Default", CancellationToken.None)); // still due: the request during the run stands
        var again = await wakeups.ClaimDueAsync(now.AddSeconds(1), now.AddMinutes(5), 10, CancellationToken.None);
        Assert.Single(again);
    }
}
