namespace Crm.Bench.Workflows;

public sealed record TimerBenchResult(
    int Timers, int Started, double SweepSeconds, double StartSeconds, long Waiting, double TimerSeconds, long Ticks, long Ticked, long Finished, long BookmarksLeft)
{
    public double TimersPerSecond => Waiting / TimerSeconds;

    public bool ExactlyOnce => Started == Timers && Waiting == Timers && Ticks == Timers && Ticked == Timers && Finished == Timers && BookmarksLeft == 0;

    public void Print(TextWriter output)
    {
        output.WriteLine($"timers: {Timers:N0} instances, one node, PostgreSQL");
        output.WriteLine($"  sweep created {Started:N0} instances in {SweepSeconds:F2} s");
        output.WriteLine($"  starts (Start bookmarks run until each waits on its timer): {StartSeconds:F2} s, {Started / StartSeconds:N0} starts/s");
        output.WriteLine($"  timers fired (all due at one instant): {Waiting:N0} in {TimerSeconds:F2} s, {TimersPerSecond:N0} timers/s");
        output.WriteLine($"  check: tick log rows {Ticks:N0}, instances ticked {Ticked:N0}, finished {Finished:N0}, bookmarks left {BookmarksLeft:N0}: " +
                         (ExactlyOnce ? "each fired exactly once" : "NOT EXACTLY ONCE"));
        output.WriteLine($"  target timers/s >= 2,000: {(TimersPerSecond >= 2000 ? "PASS" : "FAIL")}");
    }
}
