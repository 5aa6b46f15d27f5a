using System.Diagnostics;
using System.Net;
using Crm.Core.Data;
using Crm.WebTracking.Endpoints;
using Crm.WebTracking.Storage;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.WebTracking;

/// <summary>The beacon and the pixel: good hits are parsed into page views; the script is served per tenant.</summary>
public sealed class HitCollectionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_page_view_from_a_Naver_search_on_an_iPhone_is_stored_with_its_keyword_utm_tags_device_and_dwell_time(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var script = await tracking.Browser(origin: null).GetAsync("/t/track.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/t/collect", await script.Content.ReadAsStringAsync());

        var visitor = WebTrackingTestHost.NewId();
        var view = WebTrackingTestHost.NewId();
        var browser = tracking.Browser(WebTrackingTestHost.IPhoneSafari);
        var answer = await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new
        {
            t = "view", v = visitor, p = view,
            u = "https://Shop.Example.com/products/coat?color=navy&utm_source=naver&utm_medium=cpc&utm_campaign=winter-sale&utm_term=%EA%B2%A8%EC%9A%B8%20%EC%BD%94%ED%8A%B8&utm_content=ad1#reviews",
            r = "https://search.naver.com/search.naver?where=nexearch&sm=top_hty&query=%EA%B2%A8%EC%9A%B8+%EC%BD%94%ED%8A%B8",
        }));
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);

        tracking.Crm.Clock.Advance(TimeSpan.FromSeconds(95));
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new
        {
            t = "dwell", v = visitor, p = view, d = 90, u = "https://shop.example.com/products/coat",
        }))).StatusCode);

        var stored = Assert.Single(await tracking.Crm.RunAsync(s => s.GetRequiredService<PageViewStore>().OfVisitorsAsync([visitor], 10, CancellationToken.None)));
        Assert.Equal("https://shop.example.com/products/coat?color=navy", stored.Url);
        Assert.Equal("/products/coat", stored.Path);
        Assert.Equal("search.naver.com", stored.ReferrerHost);
        Assert.Equal("naver", stored.SearchEngine);
        Assert.Equal("겨울 코트", stored.Keyword);
        Assert.Equal(("naver", "cpc", "winter-sale", "겨울 코트", "ad1"), (stored.UtmSource, stored.UtmMedium, stored.UtmCampaign, stored.UtmTerm, stored.UtmContent));
        Assert.Equal(("Mobile", "iOS", "Safari"), (stored.Device, stored.Os, stored.Browser));
        Assert.Equal(90, stored.DwellSeconds);
        Assert.Null(stored.Region); // no GeoIP database configured

        var first = await tracking.Crm.RunAsync(s => s.GetRequiredService<PageViewStore>().VisitorAsync(visitor, CancellationToken.None));
        Assert.Equal(("naver", "겨울 코트", "winter-sale"), (first!.FirstSource, first.FirstKeyword, first.FirstUtmCampaign));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_pixel_records_a_browser_without_the_script_and_keeps_its_visitor_in_a_cookie(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var browser = tracking.Browser(WebTrackingTestHost.AndroidSamsung, origin: null);
        var page = Uri.EscapeDataString("https://shop.example.com/about");
        var first = await browser.GetAsync($"/t/pixel.gif?u={page}&r={Uri.EscapeDataString("https://www.google.co.kr/")}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/gif", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TrackingEndpoints.Gif, await first.Content.ReadAsByteArrayAsync());
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        var visitor = cookie.Split(';')[0].Split('=')[1];

        var again = new HttpRequestMessage(HttpMethod.Get, $"/t/pixel.gif?u={page}");
        again.Headers.Add("Cookie", $"{TrackingEndpoints.VisitorCookie}={visitor}");
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(again)).StatusCode);

        var views = await tracking.Crm.RunAsync(s => s.GetRequiredService<PageViewStore>().OfVisitorsAsync([visitor], 10, CancellationToken.None));
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal(("Mobile", "Android", "Samsung Internet"), (v.Device, v.Os, v.Browser)));
        Assert.Contains(views, v => v.SearchEngine == "google" && v.Keyword is null);
        Assert.Equal(1, await tracking.VisitorCountAsync());
    }
}
