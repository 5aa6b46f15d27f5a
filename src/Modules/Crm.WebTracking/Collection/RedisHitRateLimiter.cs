using Crm.Core.Redis;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Crm.WebTracking.Collection;

/// <summary>
/// Counts hits in Redis, so every node shares one count per key and window: one atomic INCR (plus PEXPIRE on the window's
/// first hit) per key, under a name holding the window's length and start and the tenant. Redis that is down, slow or
/// unreachable never fails the visitor's page: the hit is counted in this node's memory instead, Redis is left alone for
/// <see cref="RetryAfter"/>, and a warning is logged at most once a minute.
/// </summary>
public sealed class RedisHitRateLimiter(SharedRedis redis, MemoryHitRateLimiter fallback, TimeProvider clock, ILogger<RedisHitRateLimiter> logger)
    : IHitRateLimiter
{
    /// <summary>The longest a hit waits for Redis (connecting included) before it is counted in memory.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    /// <summary>After a failure the node counts in memory for this long (by the clock) before it asks Redis again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan WarnEvery = TimeSpan.FromMinutes(1);

    /// <summary>Redis' own clock may differ from this node's a little; a key lives this much past its window.</summary>
    private static readonly TimeSpan ExpirySlack = TimeSpan.FromMinutes(1);

    // INCR and the first hit's expiry in one step: a key never outlives its window by more than the slack, even if the node dies in between.
    private const string IncrementScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    private long _redisSkippedUntilTicks;
    private long _lastWarningTicks = long.MinValue;

    public async ValueTask<bool> TryHitAsync(RateKey key, int limit, TimeSpan? window = null)
    {
        var length = window ?? RateWindow.Default;
        var now = clock.GetUtcNow();
        if (now.UtcTicks < Interlocked.Read(ref _redisSkippedUntilTicks)) return fallback.TryHit(key, limit, length);
        try
        {
            // The timeout is real elapsed time, even when a test moves the clock.
            return await CountAsync(key, length, now).WaitAsync(Timeout, TimeProvider.System) <= limit;
        }
        catch (Exception e)
        {
            Interlocked.Exchange(ref _redisSkippedUntilTicks, (now + RetryAfter).UtcTicks);
            WarnAtMostOnceAMinute(e, now);
            return fallback.TryHit(key, limit, length);
        }
    }

    private async Task<long> CountAsync(RateKey key, TimeSpan length, DateTimeOffset now)
    {
        var connection = await redis.ConnectAsync();
        if (!connection.IsConnected) throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
        var count = await connection.GetDatabase()
            .ScriptEvaluateAsync(IncrementScript, [NameOf(key, length, now)], [(long)(length + ExpirySlack).TotalMilliseconds]);
        return (long)count;
    }

    /// <summary>crm:web-hits:{window seconds}:{window start, Unix seconds}:{tenant}|{counter}|{value} — windows and tenants never share a key.</summary>
    public static RedisKey NameOf(RateKey key, TimeSpan length, DateTimeOffset now) =>
        $"crm:web-hits:{(long)length.TotalSeconds}:{RateWindow.StartOf(now, length).ToUnixTimeSeconds()}:{key}";

    private void WarnAtMostOnceAMinute(Exception e, DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (last != long.MinValue && now.UtcTicks - last < WarnEvery.Ticks) return;
        if (Interlocked.CompareExchange(ref _lastWarningTicks, now.UtcTicks, last) != last) return;
        logger.LogWarning(e, "Redis could not count a web tracking hit; this node counts in its own memory for now, so limits are per node until Redis answers again");
    }
}
