using Crm.Core.Hosting;

namespace Crm.Core.Tests.Hosting;

public sealed class BackdatingClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Inside_At_this_flow_reads_the_earlier_instant_and_afterwards_the_hosts_time_again()
    {
        var clock = new BackdatingClock(new FixedClock());
        Assert.Equal(Now, clock.GetUtcNow());
        using (clock.At(Now.AddDays(-30)))
        {
            Assert.Equal(Now.AddDays(-30), clock.GetUtcNow());
            using (clock.At(Now.AddDays(-40))) Assert.Equal(Now.AddDays(-40), clock.GetUtcNow());
            Assert.Equal(Now.AddDays(-30), clock.GetUtcNow());
        }
        Assert.Equal(Now, clock.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.At(Now.AddMinutes(1)));
        Assert.Null(BackdatingClock.SetBack(new FixedClock(), Now.AddDays(-1))); // a clock that cannot be set back
    }

    [Fact]
    public async Task Other_flows_keep_the_hosts_time()
    {
        var clock = new BackdatingClock(new FixedClock());
        var set = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var other = Task.Run(async () =>
        {
            await set.Task;
            return clock.GetUtcNow();
        });
        using (clock.At(Now.AddDays(-7)))
        {
            set.SetResult();
            Assert.Equal(Now, await other);
            Assert.Equal(Now.AddDays(-7), await Task.Run(clock.GetUtcNow)); // work this flow starts reads its time
        }
    }
}
