using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.WebTracking.Forms;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.WebTracking;

/// <summary>The web-to-lead form: generated from the Customer type, framed by the allowed websites, creating leads linked to their visitor.</summary>
public sealed class WebFormTests
{
    /// <summary>The contact form the module's recipe ships (Name, Email, Mobile, Company, Notes; stage Prospect).</summary>
    private const string ContactForm = "01JWEBF0RM0000000000000001";

    private static FormUrlEncodedContent Post(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visitor_who_sends_the_form_becomes_a_web_prospect_linked_to_its_page_views(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var visitor = WebTrackingTestHost.NewId();
        var browser = tracking.Browser(WebTrackingTestHost.IPhoneSafari);
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new
        {
            t = "view", v = visitor, p = WebTrackingTestHost.NewId(), u = "https://shop.example.com/?utm_source=naver&utm_campaign=WINTER26",
            r = "https://search.naver.com/search.naver?query=%EB%B2%95%EC%9D%B8+CRM",
        }));

        var loader = await browser.GetAsync($"/t/form/{ContactForm}.js");
        Assert.Equal(HttpStatusCode.OK, loader.StatusCode);
        Assert.Contains("iframe", await loader.Content.ReadAsStringAsync());
        var page = await browser.GetAsync($"/t/form/{ContactForm}?v={visitor}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(WebTrackingTestHost.Website, page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        foreach (var input in new[] { "Customer.Name", "Customer.Email", "Customer.Mobile", "Customer.Company", "Customer.Notes", LeadCapture.HoneypotField })
        {
            Assert.Contains($"name=\"{input}\"", html);
        }
        Assert.Contains($"value=\"{visitor}\"", html);

        var sent = await browser.PostAsync($"/t/form/{ContactForm}", Post(
            ("visitorId", visitor), ("Customer.Name", "김민지"), ("Customer.Email", "minji@example.co.kr"), ("Customer.Mobile", "010-1234-5678"),
            ("Customer.Company", "한빛상사"), ("Customer.Notes", "견적 문의드립니다."), (LeadCapture.HoneypotField, "")));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("web-form-thanks", await sent.Content.ReadAsStringAsync());

        var lead = Assert.Single(await tracking.Crm.ItemsAsync("Customer", "Email:eq:minji@example.co.kr"));
        Assert.Equal("Prospect", lead.Text("Stage"));
        Assert.Equal("Web", lead.Text("Source"));
        Assert.Equal("한빛상사", lead.Text("Company"));
        // Crm.Campaigns gives the crm recipe's Customer SourceKeyword and SourceCampaign: the first touch's search words fill the
        // one; no campaign has the code WINTER26, so the other stays empty rather than refusing the lead.
        Assert.Equal(("법인 CRM", null), (lead.Text("SourceKeyword"), lead.Text("SourceCampaign")));
        Assert.Equal(lead.Id, await tracking.Crm.ScalarAsync<string>("SELECT customer_id FROM web_visitors WHERE visitor_id = @visitor", new { visitor }));

        // The same person again (same email): no second customer, the new visitor is linked to the first.
        var second = WebTrackingTestHost.NewId();
        await browser.PostAsync($"/t/form/{ContactForm}", Post(("visitorId", second), ("Customer.Name", "김민지"), ("Customer.Email", "MinJi@example.co.kr")));
        Assert.Single(await tracking.Crm.ItemsAsync("Customer", "Source:eq:Web"));
        Assert.Equal(lead.Id, await tracking.Crm.ScalarAsync<string>("SELECT customer_id FROM web_visitors WHERE visitor_id = @second", new { second }));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filled_honeypot_is_thanked_and_creates_nothing(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var before = (await tracking.Crm.ItemsAsync("Customer")).Count;
        var sent = await tracking.Browser().PostAsync($"/t/form/{ContactForm}", Post(
            ("Customer.Name", "Cheap pills"), ("Customer.Email", "spam@example.com"), (LeadCapture.HoneypotField, "https://spam.example.com")));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("web-form-thanks", await sent.Content.ReadAsStringAsync());
        Assert.Equal(before, (await tracking.Crm.ItemsAsync("Customer")).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_values_are_shown_beside_their_fields_and_too_many_sends_are_refused(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var before = (await tracking.Crm.ItemsAsync("Customer")).Count;
        var browser = tracking.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var sent = await browser.PostAsync($"/t/form/{ContactForm}", Post(("Customer.Name", ""), ("Customer.Email", "not-an-email"), ("Customer.Company", "Acme")));
        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        var html = await sent.Content.ReadAsStringAsync();
        Assert.Matches(new Regex("data-error-for=\"Name\">[^<]+<"), html);
        Assert.Matches(new Regex("data-error-for=\"Email\">[^<]+<"), html);
        Assert.DoesNotContain("data-error-for=\"Company\"", html);
        Assert.Contains("value=\"Acme\"", html); // what the visitor typed stays
        Assert.Equal(before, (await tracking.Crm.ItemsAsync("Customer")).Count);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/t/form/01JNOSUCHF0RM0000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/t/form/not-an-id")).StatusCode);

        var visitor = WebTrackingTestHost.NewId();
        for (var i = 0; i < LeadCapture.SubmissionsPerVisitor; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync($"/t/form/{ContactForm}", Post(("visitorId", visitor), ("Customer.Name", "")))).StatusCode);
        }
        var refused = await browser.PostAsync($"/t/form/{ContactForm}", Post(("visitorId", visitor), ("Customer.Name", "Lee"), ("Customer.Email", "lee@example.com")));
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Contains("web-form-too-many", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, (await tracking.Crm.ItemsAsync("Customer")).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_form_may_only_list_Customer_fields_a_visitor_can_fill(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        var refused = await Assert.ThrowsAsync<global::Crm.Core.Content.Store.ContentValidationException>(() =>
            tracking.Crm.CreateAsync("WebForm", """{ "Title": "Bad", "Fields": "Name, Email, LifetimeRevenue, Nonsense" }"""));
        var error = Assert.Single(refused.Errors);
        Assert.Contains("LifetimeRevenue, Nonsense", error.Problem.Message);

        var form = await tracking.Crm.CreateAsync("WebForm", """{ "Title": "Newsletter", "Fields": "Email, Name", "LeadStage": "Target" }""");
        var html = await (await tracking.Browser().GetAsync($"/t/form/{form.Id}")).Content.ReadAsStringAsync();
        Assert.True(html.IndexOf("name=\"Customer.Email\"", StringComparison.Ordinal) < html.IndexOf("name=\"Customer.Name\"", StringComparison.Ordinal));
        await tracking.Browser().PostAsync($"/t/form/{form.Id}", Post(("Customer.Email", "news@example.com"), ("Customer.Name", "Park")));
        Assert.Equal("Target", Assert.Single(await tracking.Crm.ItemsAsync("Customer", "Email:eq:news@example.com")).Text("Stage"));
    }
}
