using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Crm.Core.Data;
using Crm.WebTracking.Collection;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.WebTracking;

/// <summary>
/// The acceptance test of the tracking endpoint: hostile and broken requests each get the same quick answer a good one
/// gets (204 from the beacon, the GIF from the pixel) and leave no row behind.
/// </summary>
public sealed class HostileHitTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(2);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hostile_requests_are_answered_quickly_and_store_nothing(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var page = "https://shop.example.com/";
        object View(string? visitor = null, string? url = null, string? referrer = null) =>
            new { t = "view", v = visitor ?? WebTrackingTestHost.NewId(), p = WebTrackingTestHost.NewId(), u = url ?? page, r = referrer };

        var huge = page + "?q=" + new string('a', 5000);
        var binary = new ByteArrayContent(Enumerable.Range(0, 4000).Select(i => (byte)(i * 37 % 256)).ToArray());
        binary.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var oversized = new ByteArrayContent(new byte[HitLimits.MaxBodyBytes + 10]);
        oversized.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        var beacons = new (string Case, HttpClient Browser, HttpContent Body)[]
        {
            ("huge URL", tracking.Browser(), WebTrackingTestHost.Beacon(View(url: huge))),
            ("huge referrer", tracking.Browser(), WebTrackingTestHost.Beacon(View(referrer: "https://evil.example.net/?" + new string('x', 5000)))),
            ("binary junk", tracking.Browser(), binary),
            ("body over the limit", tracking.Browser(), oversized),
            ("not JSON", tracking.Browser(), WebTrackingTestHost.Raw("t=view&v=1", "text/plain")),
            ("JSON array", tracking.Browser(), WebTrackingTestHost.Raw("[1,2,3]", "text/plain")),
            ("deeply nested JSON", tracking.Browser(), WebTrackingTestHost.Raw(new string('[', 500) + new string(']', 500), "application/json")),
            ("wrong content type", tracking.Browser(), WebTrackingTestHost.Raw(System.Text.Json.JsonSerializer.Serialize(View()), "application/x-www-form-urlencoded")),
            ("multipart", tracking.Browser(), new MultipartFormDataContent { { new StringContent("view"), "t" } }),
            ("empty body", tracking.Browser(), WebTrackingTestHost.Raw("", "text/plain")),
            ("bot", tracking.Browser("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"), WebTrackingTestHost.Beacon(View())),
            ("Naver's crawler", tracking.Browser("Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)"), WebTrackingTestHost.Beacon(View())),
            ("crawler only uap-core knows", tracking.Browser("Mozilla/5.0 (compatible; Qwantify/2.4w; +https://www.qwant.com/)/2.4w"), WebTrackingTestHost.Beacon(View())),
            ("headless Chrome", tracking.Browser("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36"), WebTrackingTestHost.Beacon(View())),
            ("curl", tracking.Browser("curl/8.5.0"), WebTrackingTestHost.Beacon(View())),
            ("no user agent", tracking.Browser(""), WebTrackingTestHost.Beacon(View())),
            ("visitor id with SQL", tracking.Browser(), WebTrackingTestHost.Beacon(View(visitor: "x'); DROP TABLE web_page_views;--"))),
            ("visitor id in upper case", tracking.Browser(), WebTrackingTestHost.Beacon(View(visitor: WebTrackingTestHost.NewId().ToUpperInvariant()))),
            ("visitor id not a v4 UUID", tracking.Browser(), WebTrackingTestHost.Beacon(View(visitor: "00000000-0000-0000-0000-000000000000"))),
            ("visitor id too long", tracking.Browser(), WebTrackingTestHost.Beacon(View(visitor: WebTrackingTestHost.NewId() + "0"))),
            ("page id missing", tracking.Browser(), WebTrackingTestHost.Beacon(new { t = "view", v = WebTrackingTestHost.NewId(), u = page })),
            ("unknown kind", tracking.Browser(), WebTrackingTestHost.Beacon(new { t = "purchase", v = WebTrackingTestHost.NewId(), p = WebTrackingTestHost.NewId(), u = page })),
            ("page of a site not allowed", tracking.Browser(), WebTrackingTestHost.Beacon(View(url: "https://evil.example.net/"))),
            ("allowed page sent from another origin", tracking.Browser(origin: "https://evil.example.net"), WebTrackingTestHost.Beacon(View())),
            ("page address not http", tracking.Browser(), WebTrackingTestHost.Beacon(View(url: "javascript:alert(1)"))),
            ("page address with credentials", tracking.Browser(), WebTrackingTestHost.Beacon(View(url: "https://user:pw@shop.example.com/"))),
            ("relative page address", tracking.Browser(), WebTrackingTestHost.Beacon(View(url: "/products"))),
            ("negative dwell", tracking.Browser(), WebTrackingTestHost.Beacon(new { t = "dwell", v = WebTrackingTestHost.NewId(), p = WebTrackingTestHost.NewId(), u = page, d = -5 })),
            ("absurd dwell", tracking.Browser(), WebTrackingTestHost.Beacon(new { t = "dwell", v = WebTrackingTestHost.NewId(), p = WebTrackingTestHost.NewId(), u = page, d = 10_000_000 })),
            ("dwell as text", tracking.Browser(), WebTrackingTestHost.Beacon(new { t = "dwell", v = WebTrackingTestHost.NewId(), p = WebTrackingTestHost.NewId(), u = page, d = "60" })),
        };
        foreach (var (name, browser, body) in beacons)
        {
            var timer = Stopwatch.StartNew();
            var answer = await browser.PostAsync("/t/collect", body);
            Assert.True(answer.StatusCode == HttpStatusCode.NoContent, $"{name}: answered {answer.StatusCode}");
            Assert.True(timer.Elapsed < Quick, $"{name}: took {timer.Elapsed}");
        }

        var pixels = new (string Case, string Query, string UserAgent)[]
        {
            ("pixel with a huge URL", "?u=" + Uri.EscapeDataString(huge), WebTrackingTestHost.DesktopChrome),
            ("pixel from a bot", "?u=" + Uri.EscapeDataString(page), "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
            ("pixel for a site not allowed", "?u=" + Uri.EscapeDataString("https://evil.example.net/"), WebTrackingTestHost.DesktopChrome),
            ("pixel without a page", "", WebTrackingTestHost.DesktopChrome),
            ("pixel with junk", "?u=%00%01%02&v=%FF%FE&p=" + new string('9', 3000), WebTrackingTestHost.DesktopChrome),
        };
        foreach (var (name, query, userAgent) in pixels)
        {
            var timer = Stopwatch.StartNew();
            var answer = await tracking.Browser(userAgent, origin: null).GetAsync("/t/pixel.gif" + query);
            Assert.True(answer.StatusCode == HttpStatusCode.OK && answer.Content.Headers.ContentType?.MediaType == "image/gif", $"{name}: answered {answer.StatusCode}");
            Assert.True(timer.Elapsed < Quick, $"{name}: took {timer.Elapsed}");
        }

        // A prefix no tenant has: the same answers, from the default tenant, and nothing stored anywhere.
        Assert.Equal(HttpStatusCode.NoContent, (await tracking.Browser().PostAsync("/no-such-tenant/t/collect", WebTrackingTestHost.Beacon(View()))).StatusCode);
        Assert.Equal("image/gif", (await tracking.Browser().GetAsync("/no-such-tenant/t/pixel.gif?u=" + Uri.EscapeDataString(page))).Content.Headers.ContentType?.MediaType);

        Assert.Equal(0, await tracking.PageViewCountAsync());
        Assert.Equal(0, await tracking.VisitorCountAsync());

        // A flood from one visitor: the first views in a minute are stored, the rest answered the same and dropped.
        var flooder = WebTrackingTestHost.NewId();
        var browser2 = tracking.Browser();
        var flood = Stopwatch.StartNew();
        for (var i = 0; i < HitLimits.ViewsPerVisitorPerMinute * 4; i++)
        {
            var answer = await browser2.PostAsync("/t/collect", WebTrackingTestHost.Beacon(View(visitor: flooder)));
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        }
        Assert.True(flood.Elapsed < TimeSpan.FromSeconds(30), $"the flood took {flood.Elapsed}");
        Assert.Equal(HitLimits.ViewsPerVisitorPerMinute, await tracking.PageViewCountAsync());

        // The same beacon sent twice is one page view.
        var twice = View();
        var json = System.Text.Json.JsonSerializer.Serialize(twice);
        await tracking.Browser().PostAsync("/t/collect", WebTrackingTestHost.Raw(json, "text/plain"));
        await tracking.Browser().PostAsync("/t/collect", WebTrackingTestHost.Raw(json, "application/json"));
        Assert.Equal(HitLimits.ViewsPerVisitorPerMinute + 1, await tracking.PageViewCountAsync());
        Assert.Equal(2, await tracking.VisitorCountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dwell_time_longer_than_the_page_has_been_open_or_for_another_visitors_page_is_ignored(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var visitor = WebTrackingTestHost.NewId();
        var view = WebTrackingTestHost.NewId();
        var browser = tracking.Browser();
        const string page = "https://shop.example.com/pricing";
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new { t = "view", v = visitor, p = view, u = page }));
        tracking.Crm.Clock.Advance(TimeSpan.FromMinutes(2));

        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new { t = "dwell", v = visitor, p = view, u = page, d = 3600 })); // open 2 minutes, claims an hour
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new { t = "dwell", v = WebTrackingTestHost.NewId(), p = view, u = page, d = 60 })); // someone else's page
        Assert.Null(await tracking.Crm.ScalarAsync<long?>("SELECT dwell_seconds FROM web_page_views"));

        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new { t = "dwell", v = visitor, p = view, u = page, d = 100 }));
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new { t = "dwell", v = visitor, p = view, u = page, d = 40 })); // totals only grow
        Assert.Equal(100, await tracking.Crm.ScalarAsync<long?>("SELECT dwell_seconds FROM web_page_views"));
    }
}
