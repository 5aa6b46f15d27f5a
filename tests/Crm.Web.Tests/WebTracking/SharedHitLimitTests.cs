using System.Diagnostics;
using System.Net;
using Crm.Core.Data;
using Crm.Core.Redis;
using Crm.WebTracking.Collection;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.WebTracking;

/// <summary>
/// Rate limits with Redis configured: two nodes (test hosts on one database) count each key together in a real Redis
/// server (CRM_TEST_REDIS), per tenant and per minute of the clock; with Redis down each node counts alone and the
/// tracking endpoints answer as always.
/// </summary>
public sealed class SharedHitLimitTests
{
    private static Dictionary<string, string> RedisAt(string address) => new() { [SharedRedis.ConfigurationKey] = address };

    private static object View(string visitor) => new { t = "view", v = visitor, p = WebTrackingTestHost.NewId(), u = WebTrackingTestHost.Website + "/products" };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_nodes_sharing_one_Redis_refuse_a_key_together_at_the_limit_until_the_next_minute(DatabaseProvider provider)
    {
        var redis = RedisTestServer.Address();
        await using var tracking = await WebTrackingTestHost.StartAsync(provider, RedisAt(redis));
        await using var nodeB = tracking.Crm.Host.StartAnotherNode(tracking.Crm.Clock);
        var limiterA = Assert.IsType<RedisHitRateLimiter>(tracking.Crm.Host.Service<IHitRateLimiter>());
        var limiterB = Assert.IsType<RedisHitRateLimiter>(nodeB.Service<IHitRateLimiter>());

        var key = new RateKey("Default", "visitor", WebTrackingTestHost.NewId());
        for (var i = 0; i < 3; i++) Assert.True(await limiterA.TryHitAsync(key, 5), $"hit {i + 1} on node A");
        Assert.True(await limiterB.TryHitAsync(key, 5), "hit 4, on node B");
        Assert.True(await limiterB.TryHitAsync(key, 5), "hit 5, on node B");
        Assert.False(await limiterB.TryHitAsync(key, 5), "hit 6, on node B");
        Assert.False(await limiterA.TryHitAsync(key, 5), "hit 7, on node A");

        // A minute later the count starts again, on both nodes.
        tracking.Crm.Clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 5; i++) Assert.True(await (i % 2 == 0 ? limiterB : limiterA).TryHitAsync(key, 5), $"hit {i + 1} of the next minute");
        Assert.False(await limiterA.TryHitAsync(key, 5), "hit 6 of the next minute");

        // Through the beacon: one visitor's views spread over both nodes are stored up to the limit once, not once per node.
        var visitor = WebTrackingTestHost.NewId();
        var browserA = tracking.Browser();
        var browserB = tracking.Browser(node: nodeB);
        for (var i = 0; i < HitLimits.ViewsPerVisitorPerMinute + 10; i++)
        {
            var answer = await (i % 2 == 0 ? browserA : browserB).PostAsync("/t/collect", WebTrackingTestHost.Beacon(View(visitor)));
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        }
        Assert.Equal(HitLimits.ViewsPerVisitorPerMinute, await tracking.PageViewCountAsync());
        tracking.Crm.Clock.Advance(TimeSpan.FromMinutes(1));
        await browserB.PostAsync("/t/collect", WebTrackingTestHost.Beacon(View(visitor)));
        Assert.Equal(HitLimits.ViewsPerVisitorPerMinute + 1, await tracking.PageViewCountAsync());
    }

    [Fact]
    public async Task Tenants_and_window_lengths_never_share_a_count()
    {
        var redis = RedisTestServer.Address();
        await using var node = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite, new FakeTimeProvider(CrmRecipeHost.Start),
            settings: RedisAt(redis));
        var limiter = Assert.IsType<RedisHitRateLimiter>(node.Service<IHitRateLimiter>());
        var ip = $"203.0.113.7#{Guid.NewGuid():N}"; // a value no earlier run used: Redis outlives the test, and the clock starts at the same time in every run

        for (var i = 0; i < 2; i++) Assert.True(await limiter.TryHitAsync(new RateKey("Default", "form-ip", ip), 2));
        Assert.False(await limiter.TryHitAsync(new RateKey("Default", "form-ip", ip), 2));
        // The same counter and value in another tenant, or over another window length, is another count.
        Assert.True(await limiter.TryHitAsync(new RateKey("Acme", "form-ip", ip), 2));
        Assert.True(await limiter.TryHitAsync(new RateKey("Acme", "form-ip", ip), 2));
        Assert.False(await limiter.TryHitAsync(new RateKey("Acme", "form-ip", ip), 2));
        Assert.True(await limiter.TryHitAsync(new RateKey("Default", "form-ip", ip), 2, TimeSpan.FromMinutes(10)));
        Assert.NotEqual(RedisHitRateLimiter.NameOf(new RateKey("Default", "ip", ip), RateWindow.Default, CrmRecipeHost.Start),
            RedisHitRateLimiter.NameOf(new RateKey("Default", "ip", ip), RateWindow.Default, CrmRecipeHost.Start.AddMinutes(1)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_Redis_down_every_hit_is_answered_as_usual_and_each_node_limits_on_its_own(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider, RedisAt(RedisTestServer.ClosedAddress()));
        await using var nodeB = tracking.Crm.Host.StartAnotherNode(tracking.Crm.Clock);
        Assert.IsType<RedisHitRateLimiter>(nodeB.Service<IHitRateLimiter>());

        var visitor = WebTrackingTestHost.NewId();
        var flood = Stopwatch.StartNew();
        foreach (var browser in new[] { tracking.Browser(), tracking.Browser(node: nodeB) })
        {
            for (var i = 0; i < HitLimits.ViewsPerVisitorPerMinute + 10; i++)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(View(visitor)))).StatusCode);
            }
            var pixel = await browser.GetAsync($"/t/pixel.gif?v={visitor}&u={Uri.EscapeDataString(WebTrackingTestHost.Website + "/about")}");
            Assert.Equal(HttpStatusCode.OK, pixel.StatusCode);
            Assert.Equal("image/gif", pixel.Content.Headers.ContentType?.MediaType);
        }
        // Each node counted the visitor in its own memory: the limit once per node.
        Assert.Equal(2 * HitLimits.ViewsPerVisitorPerMinute, await tracking.PageViewCountAsync());
        Assert.True(flood.Elapsed < TimeSpan.FromSeconds(30), $"the hits took {flood.Elapsed}");

        // A minute later each node lets the visitor in again.
        tracking.Crm.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NoContent, (await tracking.Browser(node: nodeB).PostAsync("/t/collect", WebTrackingTestHost.Beacon(View(visitor)))).StatusCode);
        Assert.Equal(2 * HitLimits.ViewsPerVisitorPerMinute + 1, await tracking.PageViewCountAsync());
    }

    [Fact]
    public async Task Redis_unreachable_falls_back_to_the_nodes_own_count_and_warns_at_most_once_a_minute()
    {
        var clock = new FakeTimeProvider(CrmRecipeHost.Start);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(RedisAt(RedisTestServer.ClosedAddress())!).Build();
        await using var redis = new SharedRedis(configuration);
        var log = new WarningLog();
        var limiter = new RedisHitRateLimiter(redis, new MemoryHitRateLimiter(clock), clock, log);
        var key = new RateKey("Default", "visitor", WebTrackingTestHost.NewId());

        var quick = Stopwatch.StartNew();
        Assert.True(await limiter.TryHitAsync(key, 2));
        Assert.True(await limiter.TryHitAsync(key, 2));
        Assert.False(await limiter.TryHitAsync(key, 2));
        Assert.True(quick.Elapsed < RedisHitRateLimiter.Timeout * 4, $"three hits took {quick.Elapsed}");
        Assert.Equal(1, log.Warnings);

        // Redis is asked again after a while (and still fails): no second warning within the minute, a new one after it.
        clock.Advance(RedisHitRateLimiter.RetryAfter + TimeSpan.FromSeconds(1));
        Assert.False(await limiter.TryHitAsync(key, 2));
        Assert.Equal(1, log.Warnings);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await limiter.TryHitAsync(key, 2)); // a new minute, counted in memory
        Assert.Equal(2, log.Warnings);
    }

    private sealed class WarningLog : ILogger<RedisHitRateLimiter>
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) Warnings++;
        }
    }
}
