namespace Crm.Core.Hosting;

/// <summary>
/// The <see cref="TimeProvider"/> every service reads: the host's clock (the system's, a test's fake one), except inside
/// <see cref="At"/>, where the current async flow reads a chosen earlier instant. Sample data uses it to live its
/// history — an opportunity created in the spring and won in the summer, through the same services and handlers as a
/// real one, so creation times, ClosedAt, orders, revenue months and stage history all fall on those days. Other flows
/// (requests, background work) keep the host's time; timers and timestamps always do.
/// </summary>
public sealed class BackdatingClock(TimeProvider host) : TimeProvider
{
    private readonly AsyncLocal<DateTimeOffset?> _instant = new();

    public override DateTimeOffset GetUtcNow() => _instant.Value ?? host.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => host.LocalTimeZone;

    public override long TimestampFrequency => host.TimestampFrequency;

    public override long GetTimestamp() => host.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => host.CreateTimer(callback, state, dueTime, period);

    /// <summary>Until the result is disposed, "now" is <paramref name="instant"/> in this async flow (an instant not after the host's now).</summary>
    public IDisposable At(DateTimeOffset instant)
    {
        if (instant > host.GetUtcNow()) throw new ArgumentOutOfRangeException(nameof(instant), instant, "The clock can be set back, not ahead.");
        var previous = _instant.Value;
        _instant.Value = instant.ToUniversalTime();
        return new Restore(this, previous);
    }

    /// <summary><see cref="At"/> when <paramref name="clock"/> can be set back; otherwise null (the writes happen now).</summary>
    public static IDisposable? SetBack(TimeProvider clock, DateTimeOffset instant) => clock is BackdatingClock backdating ? backdating.At(instant) : null;

    private sealed class Restore(BackdatingClock clock, DateTimeOffset? previous) : IDisposable
    {
        public void Dispose() => clock._instant.Value = previous;
    }
}
