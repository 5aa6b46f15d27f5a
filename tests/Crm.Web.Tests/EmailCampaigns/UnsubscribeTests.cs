using System.Net;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.EmailCampaigns.Sending;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>
/// Every campaign mail's unsubscribe link opens a page in the tenant's language whose button opts the customer out (mail
/// programs' one-click POST does the same); the consent field is set on the customer, and the next campaign skips them.
/// A test send's link opens the same page marked as a test, and unsubscribes nobody.
/// </summary>
public sealed class UnsubscribeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unsubscribing_sets_the_consent_field_and_the_next_campaign_skips_the_customer(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        var minjun = await crm.CustomerAsync("김민준", "minjun@customer.example");
        var seoyeon = await crm.CustomerAsync("이서연", "seoyeon@customer.example");
        await crm.CustomerAsync("박지호", "jiho@customer.example");
        var first = await crm.ScheduleAsync(await crm.CampaignAsync(ratePerMinute: 600), crm.Clock.GetUtcNow());
        await crm.RunDueAsync();
        await crm.AdvanceAsync(TimeSpan.FromSeconds(5));
        var mails = await crm.QueuedMailAsync();
        Assert.Equal(3, mails.Count);

        var reader = crm.Host.Browser(); // an English browser: the link still opens the page in the tenant's language
        var path = EmailCampaignTestData.PathOf(mails.Single(m => m.To[0] == "minjun@customer.example").UnsubscribeUrl!);
        var page = await reader.GetStringAsync(path);
        Assert.Contains("data-state=\"Open\"", page);
        Assert.Contains("minjun@customer.example 주소로 마케팅 이메일을 더 이상 받지 않으시겠습니까?", page);
        crm.Clock.Advance(TimeSpan.FromMinutes(30));
        var unsubscribedAt = crm.Clock.GetUtcNow();
        var confirmed = await reader.PostAsync(path, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("data-state=\"Done\"", await confirmed.Content.ReadAsStringAsync());
        minjun = await crm.GetAsync(minjun.Id);
        Assert.Equal(("true", DateTimeFieldKind.Canonical(unsubscribedAt)), (minjun.Text("EmailOptOut"), minjun.Text("EmailOptOutAt")));

        // A mail program's one-click unsubscribe: a POST without page or cookie.
        using var mailProgram = crm.Host.CreateClient();
        var oneClick = await mailProgram.PostAsync(EmailCampaignTestData.PathOf(mails.Single(m => m.To[0] == "seoyeon@customer.example").UnsubscribeUrl!),
            new FormUrlEncodedContent([KeyValuePair.Create("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal("true", (await crm.GetAsync(seoyeon.Id)).Text("EmailOptOut"));
        Assert.Equal(2, (await crm.RecipientsAsync(first)).Count(r => r.UnsubscribedUtc is not null));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/e/u/" + new string('C', 22))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostAsync("/e/u/forged", new FormUrlEncodedContent([]))).StatusCode);

        var second = await crm.ScheduleAsync(await crm.CampaignAsync(ratePerMinute: 600, name: "December news"), CrmRecipeHost.Start.AddDays(1));
        await crm.AdvanceAsync(TimeSpan.FromDays(1));
        await crm.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(
            [("김민준", "Skipped", SkipReasons.OptedOut), ("박지호", "Sent", null), ("이서연", "Skipped", SkipReasons.OptedOut)],
            (await crm.RecipientsAsync(second)).Select(r => (r.Name, r.Status, r.Reason)));
        Assert.Equal(4, (await crm.QueuedMailAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_test_sends_unsubscribe_link_opens_the_page_marked_as_a_test_and_unsubscribes_nobody(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        var minjun = await crm.CustomerAsync("김민준", "minjun@customer.example");
        var campaign = await crm.CampaignAsync();
        var (marketer, _) = await crm.StaffAsync("sora", "Marketer");
        var page = await marketer.GetStringAsync($"/admin/email-campaigns/{campaign.Id}");
        Assert.Equal(HttpStatusCode.OK, (await marketer.PostAsync($"/admin/email-campaigns/{campaign.Id}/test", CrmRecipeHost.Form(page, ("address", "sora@acme.example")))).StatusCode);
        var mail = Assert.Single(await crm.QueuedMailAsync());
        Assert.Contains(System.Net.WebUtility.HtmlEncode(mail.UnsubscribeUrl!), mail.HtmlBody);
        Assert.Contains(mail.UnsubscribeUrl!, mail.TextBody);

        var reader = crm.Host.Browser();
        var path = EmailCampaignTestData.PathOf(mail.UnsubscribeUrl!);
        var shown = await reader.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var text = await shown.Content.ReadAsStringAsync();
        Assert.Contains("data-state=\"Test\"", text);
        Assert.Contains("테스트 메일의 수신 거부 링크입니다.", text);
        var confirmed = await reader.PostAsync(path, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("data-state=\"TestDone\"", await confirmed.Content.ReadAsStringAsync());
        Assert.NotEqual("true", (await crm.GetAsync(minjun.Id)).Text("EmailOptOut"));
        Assert.Empty(await crm.RecipientsAsync(campaign));

        // The test mark is signed: a link with a made-up one is no link of ours.
        var forged = path[..(path.IndexOf("&test=", StringComparison.Ordinal) + 6)] + "AAAAAAAAAAAAAAAAAAAAAA";
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostAsync(forged, new FormUrlEncodedContent([]))).StatusCode);
    }
}
