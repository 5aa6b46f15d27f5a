namespace Crm.WebTracking.Collection;

/// <summary>
/// Counts hits per <see cref="RateKey"/> in fixed windows (one minute unless told) and says when a key is over its limit:
/// a flood is refused before it reaches the database. In this node's memory (<see cref="MemoryHitRateLimiter"/>), or, with
/// Redis configured, shared by every node (<see cref="RedisHitRateLimiter"/>). Never throws and never blocks for long:
/// the visitor's page must not notice.
/// </summary>
public interface IHitRateLimiter
{
    /// <summary>Counts one hit for the key; false when the key already had <paramref name="limit"/> hits in the window.</summary>
    ValueTask<bool> TryHitAsync(RateKey key, int limit, TimeSpan? window = null);
}
