using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>
/// A campaign that could not be sent is refused when it is saved — Liquid errors with their line and position, an audience
/// that is not a saved query of customers, a schedule without the site address — and its content is frozen once it sends.
/// A test send renders the mail for the audience's first customer (or a chosen one) to any address.
/// </summary>
public sealed class CampaignEditingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Template_and_audience_errors_are_refused_at_save_naming_line_and_position(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => crm.CreateAsync("EmailCampaign", new JsonObject
        {
            ["Name"] = "Broken", ["Subject"] = "Hi {{ customer.Name ", ["Body"] = "Hello {{ customer.Name }}\n\n  {% iff customer.Grade %}VIP{% endif %}", ["Audience"] = "NoSuchQuery",
        }.ToJsonString()));
        var errors = refused.Errors.ToDictionary(e => e.Field, e => e.Problem.Message);
        Assert.Equal("has a Liquid error at line 1, position 4: '{{' is not closed with '}}'", errors["Subject"]);
        Assert.StartsWith("has a Liquid error at line 3, position 3: ", errors["Body"]);
        Assert.Contains("iff", errors["Body"]);
        Assert.Equal("'NoSuchQuery' is not a saved query", errors["Audience"]);

        var unclosed = await Assert.ThrowsAsync<ContentValidationException>(() => crm.CreateAsync("EmailCampaign", new JsonObject
        {
            ["Name"] = "Unclosed", ["Subject"] = "Hi", ["Body"] = "Dear {{ customer.Name }},\n{% if customer.Grade == 'VIP' %}\nThanks!", ["Audience"] = EmailCampaignTestData.Audience,
        }.ToJsonString()));
        Assert.Equal(("Body", "has a Liquid error at line 2, position 1: 'if' is never closed with 'endif'"), (unclosed.Errors.Single().Field, unclosed.Errors.Single().Problem.Message));
        Assert.Empty(await crm.ItemsAsync("EmailCampaign", "Name:eq:Broken"));

        // The same through the form: the error is shown beside the field and nothing is saved.
        Task<HttpResponseMessage> SaveAsync(HttpClient browser) => browser.SubmitFormAsync("/contents/EmailCampaign/new", "/contents/EmailCampaign/new", new()
        {
            ["EmailCampaign.Name"] = "Form", ["EmailCampaign.Subject"] = "{% endif %}", ["EmailCampaign.Body"] = "Hi", ["EmailCampaign.Audience"] = EmailCampaignTestData.Audience,
            ["EmailCampaign.RatePerMinute"] = "60",
        });
        var form = await SaveAsync(await crm.AdminAsync());
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("line 1, position 1: &#x27;endif&#x27; closes nothing", await form.Content.ReadAsStringAsync());
        // In Korean (the crm recipe's language) the form says where the error is in Korean.
        var korean = crm.Host.Browser("ko-KR");
        Assert.Equal(HttpStatusCode.Redirect, (await korean.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);
        var koreanForm = await SaveAsync(korean);
        Assert.Equal(HttpStatusCode.BadRequest, koreanForm.StatusCode);
        Assert.Contains("1행 1번째 글자에 Liquid 오류가 있습니다: 'endif' closes nothing", WebUtility.HtmlDecode(await koreanForm.Content.ReadAsStringAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scheduling_needs_the_site_address_and_a_sending_campaign_cannot_be_rewritten(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        var campaign = await crm.CampaignAsync();
        await crm.SetBaseUrlAsync(null);
        var noSite = await Assert.ThrowsAsync<ContentValidationException>(() => crm.ScheduleAsync(campaign, CrmRecipeHost.Start));
        Assert.Equal("Status", noSite.Errors.Single().Field);
        Assert.Contains("BaseUrl", noSite.Errors.Single().Problem.Message);

        await crm.SetBaseUrlAsync(EmailCampaignTestData.BaseUrl);
        campaign = await crm.ScheduleAsync(campaign, CrmRecipeHost.Start);
        await crm.RunDueAsync();
        campaign = await crm.GetAsync(campaign.Id);
        Assert.Equal("Sent", campaign.Text("Status"));
        var locked = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(campaign, """{ "Body": "Changed", "Status": "Scheduled" }"""));
        Assert.Equal(["Body: cannot be changed once the campaign has started sending", "Status: cannot go from 'Sent' to 'Scheduled'; allowed next: -"],
            locked.Errors.Select(e => e.ToString()).Order());
        Assert.Equal("November news", (await crm.UpdateAsync(campaign, """{ "Name": "November news" }""")).Text("Name")); // the name may still change
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_test_send_renders_the_first_customer_of_the_audience_or_a_chosen_one(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        var seoyeon = await crm.CustomerAsync("이서연", null);
        var campaign = await crm.CampaignAsync();
        var (marketer, _) = await crm.StaffAsync("sora", "Marketer");
        var page = await marketer.GetStringAsync($"/admin/email-campaigns/{campaign.Id}");
        Assert.Contains("data-campaign-status=\"Draft\"", page);

        var sent = await marketer.PostAsync($"/admin/email-campaigns/{campaign.Id}/test", CrmRecipeHost.Form(page, ("address", "sora@acme.example")));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var chosen = await marketer.PostAsync($"/admin/email-campaigns/{campaign.Id}/test", CrmRecipeHost.Form(page, ("address", "sora@acme.example"), ("customer", seoyeon.Id)));
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var bad = await marketer.PostAsync($"/admin/email-campaigns/{campaign.Id}/test", CrmRecipeHost.Form(page, ("address", "not an address")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var mails = await crm.QueuedMailAsync();
        Assert.Equal(["[Test] 김민준님, 11월 소식입니다", "[Test] 이서연님, 11월 소식입니다"], mails.Select(m => m.Subject).Order());
        Assert.All(mails, m => Assert.Equal(["sora@acme.example"], m.To));
        Assert.Empty(await crm.RecipientsAsync(campaign)); // a test is no send: no recipient rows, the campaign stays a draft
        Assert.Equal("Draft", (await crm.GetAsync(campaign.Id)).Text("Status"));

        // A test mail's tracked link works (it is signed) though it records nothing.
        var link = EmailCampaignTestData.PathOf(Assert.Single(EmailCampaignTestData.TrackedLinks(mails.First(m => m.Subject.Contains("김민준")))));
        Assert.Equal(HttpStatusCode.Redirect, (await crm.Host.Browser().GetAsync(link)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_sample_draft_sends_to_customers_with_an_address_who_did_not_opt_out(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example", stage: "Prospect");
        await crm.CustomerAsync("이서연", "seoyeon@customer.example", optedOut: true);
        await crm.CustomerAsync("박지호", null);
        var sample = Assert.Single(await crm.ItemsAsync("EmailCampaign"));
        Assert.Equal(("Draft", "MarketingEmailAudience"), (sample.Text("Status"), sample.Text("Audience")));

        await crm.ScheduleAsync(sample, crm.Clock.GetUtcNow());
        await crm.RunDueAsync();
        Assert.Equal([("김민준", "Sent")], (await crm.RecipientsAsync(sample)).Select(r => (r.Name, r.Status)));
        Assert.Equal("김민준님, 이번 달 소식을 전해 드립니다", Assert.Single(await crm.QueuedMailAsync()).Subject);
    }
}
