using System.Net;
using Crm.Campaigns.Services;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.EmailCampaigns.CampaignChannel;
using Crm.Web.Tests.EmailCampaigns;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.CampaignChannel.CampaignChannelTestData;
using static Crm.Web.Tests.Campaigns.CampaignFixture;

namespace Crm.Web.Tests.CampaignChannel;

/// <summary>
/// An email campaign that belongs to a marketing campaign counts in its ROI: the customers it mails become members, a
/// first click is their response (opens are not), its links carry the campaign's code, its sending cost becomes the
/// campaign's cost line of the month, and a responder's order in the window is the campaign's revenue — once.
/// </summary>
public sealed class EmailCampaignChannelTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Members_responses_cost_and_a_responders_order_make_the_campaigns_roi(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        var campaign = await MarketingCampaignAsync(crm);
        var expo = await CampaignAsync(crm, "Expo", "expo", "TradeShow", 90);
        var minjun = await crm.CustomerAsync("김민준", "minjun@customer.example");
        var seoyeon = await crm.UpdateAsync(await crm.CustomerAsync("이서연", "seoyeon@customer.example"), $$"""{ "SourceCampaign": "{{expo}}" }""");
        var jiho = await crm.CustomerAsync("박지호", "jiho@customer.example");
        var mail = await crm.ScheduleAsync(await EmailCampaignAsync(crm, campaign), CrmRecipeHost.Start.AddHours(1));
        await crm.AdvanceAsync(TimeSpan.FromHours(1));
        await crm.AdvanceAsync(TimeSpan.FromMinutes(1)); // one a second: the rest of the mail

        Assert.Equal("Sent", (await crm.GetAsync(mail.Id)).Text("Status"));
        var members = await crm.ItemsAsync("CampaignMember", $"Campaign:eq:{campaign}");
        Assert.Equal(new[] { minjun.Id, seoyeon.Id, jiho.Id }.Order(), members.Select(m => m.Text("Customer")!).Order());
        Assert.All(members, m => Assert.Equal("Member", m.Text("Status")));

        // The links carry the campaign's code; the author's own parameters stay.
        var links = await LinksAsync(crm);
        Assert.Equal("https://shop.example.com/sale?month=11&src=mail&utm_source=crm&utm_medium=email&utm_campaign=nov-mail", TargetOf(links["minjun@customer.example"]));
        var reader = crm.Host.Browser();
        crm.Clock.Advance(TimeSpan.FromMinutes(5));
        var minjunClicked = crm.Clock.GetUtcNow();
        var redirect = await reader.GetAsync(links["minjun@customer.example"]);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("utm_campaign=nov-mail", redirect.Headers.Location!.ToString());
        crm.Clock.Advance(TimeSpan.FromMinutes(5));
        await reader.GetAsync(links["minjun@customer.example"]); // twice: one response
        var seoyeonClicked = crm.Clock.GetUtcNow();
        await reader.GetAsync(links["seoyeon@customer.example"]);
        var jihoToken = (await crm.RecipientAsync(mail, "박지호")).Token;
        await reader.GetAsync($"/e/o/{jihoToken}.gif"); // an open is no response

        members = await crm.ItemsAsync("CampaignMember", $"Campaign:eq:{campaign}");
        Assert.Equal(3, members.Count);
        var responded = members.Where(m => m.Text("Status") == "Responded").ToDictionary(m => m.Text("Customer")!, m => m.Text("RespondedAt"));
        Assert.Equal(new Dictionary<string, string?>
        {
            [minjun.Id] = DateTimeFieldKind.Canonical(minjunClicked), [seoyeon.Id] = DateTimeFieldKind.Canonical(seoyeonClicked),
        }, responded);
        Assert.Equal("이메일 캠페인 November news의 링크를 클릭함", members.First(m => m.Text("Customer") == minjun.Id).Text("Response"));

        // 김민준 buys within the 30-day window after his click; 이서연's order goes to Expo, which sourced her (one campaign per
        // order); 박지호 only opened, so his order is nobody's; an order after the window counts for nothing.
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{minjun.Id}}", "OrderDate": "2026-12-10", "Amount": 1000000 }""");
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{minjun.Id}}", "OrderDate": "2026-12-24", "Amount": 7000000 }"""); // day 31
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{seoyeon.Id}}", "OrderDate": "2026-11-30", "Amount": 200000 }""");
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{jiho.Id}}", "OrderDate": "2026-11-30", "Amount": 500000 }""");

        // Three mails at 100 KRW in November; written again (a replayed end of sending) nothing is added.
        await crm.RunAsync(async s => { await s.GetRequiredService<EmailCostLines>().WriteAsync(await crm.GetAsync(mail.Id), CancellationToken.None); return true; });
        var costs = await crm.ItemsAsync("CampaignCost", $"Campaign:eq:{campaign}");
        Assert.Equal([("2026-11-01", "300", mail.Id)], costs.Select(c => (c.Text("Month"), Crm.Opportunities.Services.ItemValues.Money(c, "Amount")!.Amount.ToString("0"), c.Text("EmailCampaign"))));

        var admin = await crm.AdminAsync();
        var roi = await RoiAsync(admin, campaign);
        Assert.Equal("Total 0/1 KRW 300→1000000 3332.3333", Describe(roi["total"]!)); // (1,000,000 − 300) ÷ 300
        Assert.Equal(["Expo 1/1 KRW 0→200000 —", "November mail 0/1 KRW 300→1000000 3332.3333"], (await RoiAsync(admin))["byCampaign"]!.AsArray().Select(l => Describe(l!)));
        Assert.Equal("Total 1/2 KRW 300→1200000 3999", Describe((await RoiAsync(admin))["total"]!));

        // The campaign's page lists the email campaign with its results and says how responders count.
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/campaigns/{campaign}?from=2026-11&to=2026-12"));
        Assert.Contains("data-item-panel=\"email-campaigns\"", page);
        Assert.Contains($"/admin/email-campaigns/{mail.Id}", page);
        Assert.Matches("(sent|발송) 3 · (opened|열람) 3 · (clicked|클릭) 2 · (unsubscribed|수신 거부) 0", page);
        Assert.Contains("data-members>3</span>", page);
        Assert.Contains("data-responded>2</span>", page);

        // A new price per email rewrites the line, it does not add one.
        await crm.UpdateAsync(await crm.GetAsync(mail.Id), """{ "CostPerEmail": 120 }""");
        costs = await crm.ItemsAsync("CampaignCost", $"Campaign:eq:{campaign}");
        Assert.Equal(["360"], costs.Select(c => Crm.Opportunities.Services.ItemValues.Money(c, "Amount")!.Amount.ToString("0")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_click_in_an_email_campaign_without_a_campaign_changes_no_campaign(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        var campaign = await MarketingCampaignAsync(crm);
        var minjun = await crm.CustomerAsync("김민준", "minjun@customer.example");
        var mail = await crm.ScheduleAsync(await EmailCampaignAsync(crm, null), CrmRecipeHost.Start);
        await crm.RunDueAsync();

        var link = Assert.Single(await LinksAsync(crm)).Value;
        Assert.Equal("https://shop.example.com/sale?month=11&src=mail", TargetOf(link));
        Assert.Equal(HttpStatusCode.Redirect, (await crm.Host.Browser().GetAsync(link)).StatusCode);
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{minjun.Id}}", "OrderDate": "2026-11-24", "Amount": 1000000 }""");

        Assert.NotNull((await crm.RecipientAsync(mail, "김민준")).ClickedUtc);
        Assert.Empty(await crm.ItemsAsync("CampaignMember"));
        Assert.Empty(await crm.ItemsAsync("CampaignCost"));
        var admin = await crm.AdminAsync();
        Assert.Equal("Total 0/0", Describe((await RoiAsync(admin, campaign))["total"]!));
        Assert.Equal("Total 0/0", Describe((await RoiAsync(admin))["total"]!));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_the_link_feature_off_both_modules_work_on_their_own(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.RunAsync(async s => { await s.GetRequiredService<FeatureManager>().DisableAsync([CampaignChannelFeature.Id]); return true; });
        var campaign = await MarketingCampaignAsync(crm);
        var minjun = await crm.CustomerAsync("김민준", "minjun@customer.example");
        var mail = await crm.ScheduleAsync(await EmailCampaignAsync(crm, campaign), CrmRecipeHost.Start);
        await crm.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("Sent", (await crm.GetAsync(mail.Id)).Text("Status"));
        var link = Assert.Single(await LinksAsync(crm)).Value;
        Assert.Equal("https://shop.example.com/sale?month=11&src=mail", TargetOf(link)); // no campaign code
        Assert.Equal(HttpStatusCode.Redirect, (await crm.Host.Browser().GetAsync(link)).StatusCode);
        Assert.NotNull((await crm.RecipientAsync(mail, "김민준")).ClickedUtc);
        Assert.Empty(await crm.ItemsAsync("CampaignMember"));
        Assert.Empty(await crm.ItemsAsync("CampaignCost"));

        // The Campaigns module still adds its audience as members, and its pages answer without the email card.
        var marketing = await crm.UpdateAsync(await crm.GetAsync(campaign), $$"""{ "Audience": "{{EmailCampaignTestData.Audience}}" }""");
        var added = await crm.RunAsync(s => s.GetRequiredService<AudienceMembers>().AddAsync(marketing, CancellationToken.None));
        Assert.Equal(1, added.Added);
        Assert.Equal([minjun.Id], (await crm.ItemsAsync("CampaignMember")).Select(m => m.Text("Customer")));
        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync($"/admin/campaigns/{campaign}");
        Assert.DoesNotContain("data-item-panel=\"email-campaigns\"", page);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/email-campaigns/{mail.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/campaigns/roi")).StatusCode);
    }
}
