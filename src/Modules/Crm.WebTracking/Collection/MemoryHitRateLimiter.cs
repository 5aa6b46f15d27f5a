using System.Collections.Concurrent;

namespace Crm.WebTracking.Collection;

/// <summary>
/// Counts hits in this node's memory: no round-trip per hit, but with several nodes each keeps its own counts, so a visitor
/// spread over N nodes by the load balancer may get up to N times the limit in (still bounded). The limiter without
/// Redis, and the fallback of <see cref="RedisHitRateLimiter"/> while Redis cannot be reached. Counters of past windows
/// are dropped as the map grows.
/// </summary>
public sealed class MemoryHitRateLimiter(TimeProvider clock) : IHitRateLimiter
{
    private const int PruneAbove = 50_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public ValueTask<bool> TryHitAsync(RateKey key, int limit, TimeSpan? window = null) => ValueTask.FromResult(TryHit(key, limit, window));

    /// <summary>Counts one hit for the key; false when the key already had <paramref name="limit"/> hits in the window.</summary>
    public bool TryHit(RateKey key, int limit, TimeSpan? window = null)
    {
        var length = window ?? RateWindow.Default;
        var now = clock.GetUtcNow();
        var start = RateWindow.StartOf(now, length);
        if (_windows.Count > PruneAbove) Prune(now);
        var counter = _windows.AddOrUpdate(key.ToString(), _ => new Window(start, length, 1),
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
