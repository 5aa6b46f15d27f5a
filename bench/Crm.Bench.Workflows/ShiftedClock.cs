namespace Crm.Bench.Workflows;

/// <summary>
/// The system clock moved forward on demand: the bench lets a day pass so that timers come due, without waiting a day
/// and without touching the timers' rows. Elapsed times are measured with <see cref="System.Diagnostics.Stopwatch"/>.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
