using System.Collections.Concurrent;

namespace Crm.WebTracking.Collection;

/// <summary>
/// Counts hits per key (tenant + visitor id, tenant + IP, tenant + form) in fixed one-minute windows, in this node's memory:
/// a flood is refused before it reaches the database. With several nodes each keeps its own counts, so a visitor spread
/// over N nodes by the load balancer may get up to N times the limit in — still bounded, and no database round-trip per
/// hit. Counters of past windows are dropped as the map grows.
/// </summary>
public sealed class HitRateLimiter(TimeProvider clock)
{
    private const int PruneAbove = 50_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts one hit for the key; false when the key already had <paramref name="limit"/> hits in the window.</summary>
    public bool TryHit(string key, int limit, TimeSpan? window = null)
    {
        var length = window ?? TimeSpan.FromMinutes(1);
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % length.Ticks, TimeSpan.Zero);
        if (_windows.Count > PruneAbove) Prune(now);
        var counter = _windows.AddOrUpdate(key, _ => new Window(start, length, 1),
            (_, current) => current.Start == start ? current with { Count = current.Count + 1 } : new Window(start, length, 1));
        return counter.Count <= limit;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
        {
            if (window.Start + window.Length <= now) _windows.TryRemove(key, out _);
        }
    }

    private sealed record Window(DateTimeOffset Start, TimeSpan Length, int Count);
}
