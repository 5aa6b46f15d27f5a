using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.WebTracking;
using Crm.WebTracking.Collection;
using Crm.WebTracking.Settings;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.WebTracking;

/// <summary>The settings screen, IP anonymisation and the retention purge.</summary>
public sealed class TrackingSettingsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_settings_screen_names_each_bad_value_and_saves_nothing_until_all_are_right(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var admin = await tracking.Crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/tracking/settings");
        Assert.Contains(WebTrackingTestHost.Website, page);

        var bad = await admin.PostAsync("/admin/tracking/settings", CrmRecipeHost.Form(page,
            ("AllowedOrigins", "https://www.example.com\nnot an origin"), ("AnonymizeIp", "false"), ("RetentionDays", "0"), ("GeoIpDatabase", "/etc/passwd")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"AllowedOrigins-error\"", html);
        Assert.Contains("id=\"RetentionDays-error\"", html);
        Assert.Contains("id=\"GeoIpDatabase-error\"", html);
        var unchanged = await Settings(tracking);
        Assert.Equal([WebTrackingTestHost.Website], unchanged.AllowedOrigins);
        Assert.Equal((true, 395), (unchanged.AnonymizeIp, unchanged.RetentionDays));

        var good = await admin.PostAsync("/admin/tracking/settings", CrmRecipeHost.Form(page,
            ("AllowedOrigins", "https://www.example.com/\nhttps://Shop.Example.com"), ("AnonymizeIp", "false"), ("RetentionDays", "90"), ("GeoIpDatabase", "")));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var saved = await Settings(tracking);
        Assert.Equal(["https://www.example.com", "https://shop.example.com"], saved.AllowedOrigins);
        Assert.Equal((false, 90, (string?)null), (saved.AnonymizeIp, saved.RetentionDays, saved.GeoIpDatabase));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stored_IPs_lose_their_last_octet_or_everything_after_the_IPv6_48_unless_anonymisation_is_off(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        Assert.Equal([HitOutcome.Stored, HitOutcome.Stored], await CollectAsync(tracking, "203.0.113.77", "2001:db8:85a3:8d3:1319:8a2e:370:7348"));
        await tracking.SetAsync(WebTrackingModel.AnonymizeIpSetting, JsonValue.Create(false));
        Assert.Equal([HitOutcome.Stored], await CollectAsync(tracking, "198.51.100.23"));

        var stored = await tracking.Crm.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<string>("SELECT ip FROM web_page_views ORDER BY id"));
        Assert.Equal(["203.0.113.0", "2001:db8:85a3::", "198.51.100.23"], stored);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_daily_purge_removes_page_views_past_the_retention_and_keeps_visitors_who_became_customers(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        await tracking.SetAsync(WebTrackingModel.RetentionDaysSetting, JsonValue.Create(30));
        var lead = WebTrackingTestHost.NewId();
        var browser = tracking.Browser();
        foreach (var visitor in new[] { lead, WebTrackingTestHost.NewId() })
        {
            await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new { t = "view", v = visitor, p = WebTrackingTestHost.NewId(), u = "https://shop.example.com/" }));
        }
        await browser.PostAsync("/t/form/01JWEBF0RM0000000000000001", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["visitorId"] = lead, ["Customer.Name"] = "Han", ["Customer.Email"] = "han@example.com",
        }));

        await tracking.Crm.AdvanceAsync(TimeSpan.FromDays(20));
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new { t = "view", v = WebTrackingTestHost.NewId(), p = WebTrackingTestHost.NewId(), u = "https://shop.example.com/new" }));
        Assert.Equal(3, await tracking.PageViewCountAsync());

        await tracking.Crm.AdvanceAsync(TimeSpan.FromDays(11)); // the first views are 31 days old, the last one 11
        Assert.Equal(1, await tracking.PageViewCountAsync());
        Assert.Equal(2, await tracking.VisitorCountAsync()); // the lead's visitor and the recent one
        Assert.Equal(1, await tracking.Crm.ScalarAsync<long>("SELECT COUNT(*) FROM web_visitors WHERE customer_id IS NOT NULL"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_a_GeoIP_database_configured_page_views_get_the_visitors_region(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var path = Path.Combine(tracking.Crm.Host.Database.DataDir, "GeoLite2-City-test.mmdb");
        TinyGeoIpDatabase.Write(path, "203.0.113.0", "KR", "Seoul");
        await tracking.SetAsync(WebTrackingModel.GeoIpDatabaseSetting, JsonValue.Create(path));

        Assert.Equal([HitOutcome.Stored, HitOutcome.Stored], await CollectAsync(tracking, "203.0.113.77", "198.51.100.23"));
        var regions = await tracking.Crm.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<string?>("SELECT region FROM web_page_views ORDER BY id"));
        Assert.Equal(["KR / Seoul", null], regions);

        // A path that is not a MaxMind database is refused when it is set, naming the problem.
        var text = Path.Combine(tracking.Crm.Host.Database.DataDir, "not-geoip.mmdb");
        await File.WriteAllTextAsync(text, "hello");
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => tracking.SetAsync(WebTrackingModel.GeoIpDatabaseSetting, JsonValue.Create(text)));
        Assert.Contains("not a MaxMind database", refused.Message);
    }

    private static Task<TrackingSettings> Settings(WebTrackingTestHost tracking) =>
        tracking.Crm.RunAsync(s => TrackingSettings.ReadAsync(s.GetRequiredService<SiteSettings>(), CancellationToken.None));

    private static Task<List<HitOutcome>> CollectAsync(WebTrackingTestHost tracking, params string[] ips) => tracking.Crm.RunAsync(async s =>
    {
        var outcomes = new List<HitOutcome>();
        foreach (var ip in ips)
        {
            var hit = new RawHit(RawHit.View, WebTrackingTestHost.NewId(), WebTrackingTestHost.NewId(), "https://shop.example.com/", null, null)
            {
                UserAgent = WebTrackingTestHost.DesktopChrome, Ip = System.Net.IPAddress.Parse(ip),
            };
            outcomes.Add(await s.GetRequiredService<HitCollector>().CollectAsync(hit, CancellationToken.None));
        }
        return outcomes;
    });
}
