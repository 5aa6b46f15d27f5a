namespace Crm.WebTracking.Collection;

/// <summary>The fixed windows hits are counted in, aligned to multiples of their length, so every node agrees on them.</summary>
public static class RateWindow
{
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(1);

    /// <summary>When the window holding <paramref name="now"/> began.</summary>
    public static DateTimeOffset StartOf(DateTimeOffset now, TimeSpan length) => new(now.UtcTicks - now.UtcTicks % length.Ticks, TimeSpan.Zero);
}
