namespace Crm.Bench.Workflows;

/// <summary>
/// The system clock moved forward on demand (the bench lets a day pass so that timers come due, without waiting a day
/// and without touching the timers' rows), or stopped (so that "now-7d" means the same instant for the sweep's runs and
/// the hand-written SELECT). Elapsed times are measured with <see cref="System.Diagnostics.Stopwatch"/>.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;
    private DateTimeOffset? _stopped;

    public override DateTimeOffset GetUtcNow() => _stopped ?? System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Stop() => _stopped = GetUtcNow();
}
