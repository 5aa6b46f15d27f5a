using System.Text.Json.Nodes;
using Crm.Browser.Tests.Infrastructure;
using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.WebTracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.WebTracking;

/// <summary>
/// Issue "Marketing and retention", web tracking: a shop's pages (another origin, allowed by the tenant) carry the tracking
/// script and the contact form; Chromium's beacons record the views and the time on the first page, and the form sent from
/// the frame makes a lead linked to those views.
/// </summary>
public sealed class WebTrackingTests(CrmBrowserFixture browser) : IClassFixture<CrmBrowserFixture>
{
    private const string ContactForm = "01JWEBF0RM0000000000000001";

    [Fact]
    public async Task A_visitors_page_views_and_time_on_page_are_recorded_and_the_embedded_form_links_the_visitor_to_a_new_lead()
    {
        var shop = $"http://localhost:{browser.BaseAddress.Port}";
        await browser.InDefaultTenantAsync(s => s.GetRequiredService<SiteSettings>().SetAsync(WebTrackingModel.AllowedOriginsSetting, new JsonArray(shop)));

        // Headless Chromium says "HeadlessChrome", which the collector rightly drops as a robot: this visitor's browser says what a
        // person's Chrome says (a context of its own: the User-Agent is a context option).
        var seed = await browser.NewPageAsync();
        await using var context = await seed.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            Locale = "en-US",
        });
        context.SetDefaultTimeout(10_000);
        var visitor = await context.NewPageAsync();
        // The shop's pages: addresses on the other origin (localhost rather than 127.0.0.1, same loopback port), loaded from the
        // server so Chromium counts them as local, then given the shop's content (as the live-chat test does).
        await visitor.GotoAsync($"{shop}/login?shop=coats&utm_source=naver&utm_medium=cpc&utm_campaign=winter",
            new PageGotoOptions { Referer = "https://search.naver.com/search.naver?query=%EA%B2%A8%EC%9A%B8+%EC%BD%94%ED%8A%B8" });
        await visitor.SetContentAsync($"<!doctype html><html><head><title>Coats</title><script src=\"{browser.BaseAddress}t/track.js\"></script></head>" +
                                      $"<body><h1>Winter coats</h1><a id=\"contact\" href=\"{shop}/login?shop=contact\">Contact</a></body></html>");
        var visitorId = await visitor.EvaluateAsync<string>("() => window.crmVisitorId");
        Assert.Matches("^[0-9a-f-]{36}$", visitorId);
        await visitor.WaitForTimeoutAsync(2200); // on the page a little over two seconds; leaving it sends the time

        // Leaving the page fires pagehide, whose beacon carries the time on the page. In this headless, all-loopback setup a beacon
        // sent by a page that is already unloading was not delivered, so the test fires pagehide (as leaving would) before the click.
        await visitor.EvaluateAsync("() => window.dispatchEvent(new Event('pagehide'))");
        await visitor.WaitForTimeoutAsync(500);
        await visitor.Locator("#contact").ClickAsync();
        await visitor.WaitForURLAsync("**/login?shop=contact");
        await visitor.SetContentAsync($"<!doctype html><html><head><title>Contact</title><script src=\"{browser.BaseAddress}t/track.js\"></script></head>" +
                                      $"<body><h1>Contact us</h1><script src=\"{browser.BaseAddress}t/form/{ContactForm}.js\"></script></body></html>");

        var frame = visitor.FrameLocator("iframe");
        await frame.Locator("#f-Name").FillAsync("Song Visitor");
        await frame.Locator("#f-Email").FillAsync("song.visitor@example.com");
        await frame.Locator("#f-Company").FillAsync("Song Trading");
        await frame.Locator("button[type=submit]").ClickAsync();
        await Expect(frame.Locator("#web-form-thanks")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(visitor, "web-to-lead-form");

        await browser.InDefaultTenantAsync(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var views = await db.QueryAsync<(string Path, string? Keyword, string? UtmCampaign, long? Dwell)>(
                "SELECT path, keyword, utm_campaign, dwell_seconds FROM web_page_views WHERE visitor_id = @visitorId ORDER BY id", new { visitorId });
            Assert.Equal(["/login", "/login"], views.Select(v => v.Path));
            Assert.Equal(("겨울 코트", "winter"), (views[0].Keyword, views[0].UtmCampaign));
            Assert.InRange(views[0].Dwell ?? 0, 2, 30);

            var leads = await s.GetRequiredService<ContentQuery>().QueryAsync(new ContentQueryRequest
            {
                ContentType = "Customer", Filter = FilterText.Parse("Email:eq:song.visitor@example.com"),
            });
            var lead = Assert.Single(leads.Items);
            Assert.Equal(("Prospect", "Web"), (lead.Text("Stage"), lead.Text("Source")));
            Assert.Equal(lead.Id, await db.ExecuteScalarAsync<string>("SELECT customer_id FROM web_visitors WHERE visitor_id = @visitorId", new { visitorId }));
        });
    }
}
