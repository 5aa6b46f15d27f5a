using System.Net;
using Crm.Core.Content.Definitions;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.WebTracking;

/// <summary>
/// A lead's attribution fields, which Crm.Campaigns adds to the Customer type: filled from the visitor's first touch when the
/// type has them. The crm recipe's type has none (see <see cref="WebFormTests"/>); here the test defines them the way that
/// module's recipe is expected to (SourceKeyword text, SourceCampaign relation to Campaign, Campaign.Code).
/// </summary>
public sealed class LeadAttributionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task When_the_Customer_type_has_the_attribution_fields_a_lead_gets_its_first_keyword_and_the_campaign_of_its_utm_code(DatabaseProvider provider)
    {
        await using var tracking = await WebTrackingTestHost.StartAsync(provider);
        await tracking.Crm.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(defs => defs
            .WithNewType("Campaign", "Campaign")
            .WithOwnField("Campaign", new ContentFieldDefinition("Title", "Text", new FieldSettings()))
            .WithOwnField("Campaign", new ContentFieldDefinition("Code", "Text", new FieldSettings { Indexed = true }))
            .WithOwnField("Customer", new ContentFieldDefinition("SourceKeyword", "Text", new FieldSettings { MaxLength = 100 }))
            .WithOwnField("Customer", new ContentFieldDefinition("SourceCampaign", "ContentPicker", new FieldSettings { RelatedTypes = ["Campaign"] }))));
        await tracking.Crm.CreateAsync("Campaign", """{ "Title": "Spring", "Code": "SPRING26" }""");
        var winter = await tracking.Crm.CreateAsync("Campaign", """{ "Title": "Winter", "Code": "WINTER26" }""");

        var visitor = WebTrackingTestHost.NewId();
        var browser = tracking.Browser();
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new
        {
            t = "view", v = visitor, p = WebTrackingTestHost.NewId(), u = "https://shop.example.com/?utm_source=naver&utm_medium=cpc&utm_campaign=WINTER26&utm_term=crm",
            r = "https://m.search.naver.com/search.naver?query=%EC%A4%91%EC%86%8C%EA%B8%B0%EC%97%85+CRM",
        }));
        // A later visit from elsewhere does not change the first touch.
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new
        {
            t = "view", v = visitor, p = WebTrackingTestHost.NewId(), u = "https://shop.example.com/?utm_campaign=SPRING26", r = "https://www.bing.com/search?q=other",
        }));
        var sent = await browser.PostAsync("/t/form/01JWEBF0RM0000000000000001", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["visitorId"] = visitor, ["Customer.Name"] = "Jung", ["Customer.Email"] = "jung@example.com",
        }));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var lead = Assert.Single(await tracking.Crm.ItemsAsync("Customer", "Email:eq:jung@example.com"));
        Assert.Equal("중소기업 CRM", lead.Text("SourceKeyword"));
        Assert.Equal(winter.Id, lead.Text("SourceCampaign"));

        // Without a search keyword the utm_term counts; a code no Campaign has leaves the relation empty.
        var other = WebTrackingTestHost.NewId();
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new
        {
            t = "view", v = other, p = WebTrackingTestHost.NewId(), u = "https://shop.example.com/?utm_source=google&utm_campaign=NOSUCH&utm_term=erp+crm",
        }));
        await browser.PostAsync("/t/form/01JWEBF0RM0000000000000001", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["visitorId"] = other, ["Customer.Name"] = "Yoon", ["Customer.Email"] = "yoon@example.com",
        }));
        var second = Assert.Single(await tracking.Crm.ItemsAsync("Customer", "Email:eq:yoon@example.com"));
        Assert.Equal("erp crm", second.Text("SourceKeyword"));
        Assert.Null(second.Text("SourceCampaign"));

        // Codes are matched whatever their case (they are unique that way), but whole: "winter2" is no campaign's code.
        Assert.Equal(winter.Id, (await LeadFromAsync(tracking, browser, "winter26", "lee@example.com")).Text("SourceCampaign"));
        Assert.Null((await LeadFromAsync(tracking, browser, "winter2", "han@example.com")).Text("SourceCampaign"));
    }

    private static async Task<Crm.Core.Content.Store.ContentItem> LeadFromAsync(WebTrackingTestHost tracking, HttpClient browser, string utmCampaign, string email)
    {
        var visitor = WebTrackingTestHost.NewId();
        await browser.PostAsync("/t/collect", WebTrackingTestHost.Beacon(new
        {
            t = "view", v = visitor, p = WebTrackingTestHost.NewId(), u = $"https://shop.example.com/?utm_campaign={utmCampaign}",
        }));
        await browser.PostAsync("/t/form/01JWEBF0RM0000000000000001", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["visitorId"] = visitor, ["Customer.Name"] = email.Split('@')[0], ["Customer.Email"] = email,
        }));
        return Assert.Single(await tracking.Crm.ItemsAsync("Customer", $"Email:eq:{email}"));
    }
}
