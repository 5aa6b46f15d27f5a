using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.WebTracking;

/// <summary>The reports count a fixture of visits by the tenant's days (Asia/Seoul), and a lead's visits show on its customer.</summary>
public sealed partial class TrackingReportTests
{
    private const string ContactForm = "01JWEBF0RM0000000000000001";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Top_pages_sources_devices_and_conversion_are_counted_by_the_tenants_days(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var clock = tracking.Crm.Clock; // 2026-11-23 09:00 in Seoul

        // Visitor A, 23:00 on the 23rd in Seoul: from a Naver search to the home page, then the pricing page.
        clock.Advance(TimeSpan.FromHours(14));
        var a = WebTrackingTestHost.NewId();
        await ViewAsync(tracking, a, "https://shop.example.com/", "https://search.naver.com/search.naver?query=crm+%EC%B6%94%EC%B2%9C");
        await ViewAsync(tracking, a, "https://shop.example.com/pricing", "https://shop.example.com/");

        // Visitor B, 00:30 on the 24th in Seoul (15:30 UTC on the 23rd): the newsletter, on an iPhone.
        clock.Advance(TimeSpan.FromMinutes(90));
        var b = WebTrackingTestHost.NewId();
        await ViewAsync(tracking, b, "https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=nov", null, WebTrackingTestHost.IPhoneSafari);

        // Visitor C, 01:00 on the 24th: a blog's link, then the contact form.
        clock.Advance(TimeSpan.FromMinutes(30));
        var c = WebTrackingTestHost.NewId();
        await ViewAsync(tracking, c, "https://shop.example.com/contact", "https://blog.example.org/best-crm");
        var sent = await tracking.Browser().PostAsync($"/t/form/{ContactForm}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["visitorId"] = c, ["Customer.Name"] = "Choi", ["Customer.Email"] = "choi@example.com",
        }));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var admin = await tracking.Crm.AdminAsync();
        var day23 = await PageAsync(admin, "from=2026-11-23&to=2026-11-23");
        Assert.Equal(("2", "1"), (Total(day23, "views"), Total(day23, "visitors")));
        Assert.Equal(1, Count(day23, "top-pages", "/", "views"));
        Assert.Equal(1, Count(day23, "top-pages", "/pricing", "views"));
        Assert.Equal(1, Count(day23, "keywords", "crm 추천", "views"));
        Assert.Equal(2, Count(day23, "devices", "Desktop", "views"));
        Assert.Equal(1, Count(day23, "devices", "Desktop", "visitors"));
        Assert.Equal(1, Count(day23, "conversion", "naver", "visitors"));
        Assert.Equal(0, Count(day23, "conversion", "naver", "leads"));

        var day24 = await PageAsync(admin, "from=2026-11-24&to=2026-11-24");
        Assert.Equal(("2", "2", "1"), (Total(day24, "views"), Total(day24, "visitors"), Total(day24, "leads")));
        Assert.Equal(1, Count(day24, "devices", "Mobile", "views"));
        Assert.Equal(1, Count(day24, "utm-sources", "newsletter", "views"));
        Assert.Equal(1, Count(day24, "referrers", "blog.example.org", "views"));
        Assert.Equal(1, Count(day24, "conversion", "blog.example.org", "leads"));
        Assert.Equal(0, Count(day24, "conversion", "newsletter", "leads"));
        Assert.Equal(0, Count(day24, "keywords", "crm 추천", "views"));

        var both = await PageAsync(admin, "from=2026-11-23&to=2026-11-24");
        Assert.Equal(("4", "3", "1"), (Total(both, "views"), Total(both, "visitors"), Total(both, "leads")));
        Assert.Equal(2, Count(both, "top-pages", "/", "views"));

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/tracking?from=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/tracking?from=2026-11-24&to=2026-11-23")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/tracking?from=2024-01-01&to=2026-11-23")).StatusCode);

        // The lead's page views, from the "Web visits" button on its detail page.
        var lead = Assert.Single(await tracking.Crm.ItemsAsync("Customer", "Email:eq:choi@example.com"));
        var detail = await admin.GetStringAsync($"/contents/Customer/{lead.Id}");
        Assert.Contains("action=\"/admin/tracking/visits\"", detail);
        var visits = await admin.PostAsync("/admin/tracking/visits", CrmRecipeHost.Form(detail, ("itemIds", lead.Id)));
        Assert.Equal(HttpStatusCode.OK, visits.StatusCode);
        var html = await visits.Content.ReadAsStringAsync();
        Assert.Single(Regex.Matches(html, "<tr data-view>"));
        Assert.Contains("https://shop.example.com/contact", html);
        Assert.Contains("blog.example.org", html);

        // Someone without the tracking right sees neither the button nor the page.
        var (sales, _) = await tracking.Crm.StaffAsync("agent1", "Agent");
        Assert.DoesNotContain("/admin/tracking/visits", await (await sales.GetAsync($"/contents/Customer/{lead.Id}")).Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, (await sales.GetAsync($"/admin/tracking/customers/{lead.Id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await sales.GetAsync("/admin/tracking")).StatusCode);
    }

    private static async Task ViewAsync(WebTrackingTestHost tracking, string visitor, string url, string? referrer, string userAgent = WebTrackingTestHost.DesktopChrome)
    {
        var answer = await tracking.Browser(userAgent).PostAsync("/t/collect",
            WebTrackingTestHost.Beacon(new { t = "view", v = visitor, p = WebTrackingTestHost.NewId(), u = url, r = referrer }));
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
    }

    private static async Task<string> PageAsync(HttpClient admin, string query)
    {
        var response = await admin.GetAsync("/admin/tracking?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Total(string html, string name) => Regex.Match(html, $"id=\"total-{name}\">([^<]*)<").Groups[1].Value;

    /// <summary>A number in a report table's row (by its label), or 0 when the table has no such row.</summary>
    private static long Count(string html, string table, string row, string column)
    {
        var start = html.IndexOf($"id=\"{table}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {table}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        var section = html[start..end];
        var match = Regex.Match(section, $"<tr data-row=\"{Regex.Escape(System.Net.WebUtility.HtmlEncode(row))}\">.*?data-{column}>(\\d+)<", RegexOptions.Singleline);
        return match.Success ? long.Parse(match.Groups[1].Value) : 0;
    }
}
