using Crm.Core.Data;
using Crm.EmailCampaigns.Sending;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>
/// A scheduled campaign starts at its time: its audience becomes one recipient row per customer, once (no address, opted
/// out and a repeated address are skipped with the reason), the mail goes out through the outbox at the campaign's rate,
/// and the campaign ends as Sent when every recipient has.
/// </summary>
public sealed class CampaignSendingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task At_its_time_the_audience_is_materialised_once_with_skips_and_the_campaign_ends_sent(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        await crm.CustomerAsync("이서연", "seoyeon@customer.example", optedOut: true);
        await crm.CustomerAsync("박지호", null);
        await crm.CustomerAsync("최민준", "MINJUN@customer.example");
        await crm.CustomerAsync("정하은", "haeun@customer.example", stage: "Prospect"); // not in the audience
        var campaign = await crm.ScheduleAsync(await crm.CampaignAsync(), CrmRecipeHost.Start.AddHours(1));

        await crm.RunDueAsync();
        Assert.Empty(await crm.RecipientsAsync(campaign)); // not yet
        await crm.AdvanceAsync(TimeSpan.FromHours(1));

        var rows = await crm.RecipientsAsync(campaign);
        Assert.Equal(
            [("김민준", "Sent", null), ("박지호", "Skipped", SkipReasons.NoAddress), ("이서연", "Skipped", SkipReasons.OptedOut), ("최민준", "Skipped", SkipReasons.DuplicateAddress)],
            rows.Select(r => (r.Name, r.Status, r.Reason)));
        Assert.Equal(4, rows.Select(r => r.Token).Distinct().Count());
        Assert.Equal("Sent", (await crm.GetAsync(campaign.Id)).Text("Status"));
        var mail = Assert.Single(await crm.QueuedMailAsync());
        Assert.Equal(["minjun@customer.example"], mail.To);
        Assert.Equal("김민준님, 11월 소식입니다", mail.Subject);
        Assert.StartsWith("김민준님, 안녕하세요.", mail.TextBody);
        Assert.True(mail.Bulk);
        Assert.Equal($"{EmailCampaignTestData.BaseUrl}/e/u/{rows[0].Token}?culture=ko-KR", mail.UnsubscribeUrl);
        Assert.Contains("수신 거부", mail.HtmlBody);
        Assert.Contains($"/e/o/{rows[0].Token}.gif", mail.HtmlBody);
        Assert.Equal(1, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM email_campaign_runs WHERE finished_utc IS NOT NULL"));

        // A second start (another node, a replayed wake-up) finds the run and writes nothing.
        var again = await crm.RunAsync(s => s.GetRequiredService<AudienceMaterializer>().MaterializeAsync(campaign, crm.Clock.GetUtcNow(), CancellationToken.None));
        Assert.Null(again);
        await crm.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(4, (await crm.RecipientsAsync(campaign)).Count);
        Assert.Single(await crm.QueuedMailAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Mail_is_handed_to_the_outbox_no_faster_than_the_rate_per_minute(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        for (var i = 1; i <= 7; i++) await crm.CustomerAsync($"고객{i}", $"customer{i}@customer.example");
        var campaign = await crm.ScheduleAsync(await crm.CampaignAsync(ratePerMinute: 2), crm.Clock.GetUtcNow());

        var t0 = crm.Clock.GetUtcNow();
        async Task QueuedAsync(params int[] expected)
        {
            var queued = (await crm.RecipientsAsync(campaign)).Where(r => r.QueuedUtc is not null).Select(r => r.QueuedUtc).Order().ToList();
            Assert.True(expected.Contains(queued.Count), $"at +{crm.Clock.GetUtcNow() - t0}: {queued.Count} queued ({string.Join(", ", queued)})");
        }
        await crm.RunDueAsync();
        await QueuedAsync(1);
        await crm.AdvanceAsync(TimeSpan.FromSeconds(29));
        await QueuedAsync(1);
        await crm.AdvanceAsync(TimeSpan.FromSeconds(1));
        await QueuedAsync(2);
        await crm.AdvanceAsync(TimeSpan.FromSeconds(30));
        await QueuedAsync(3);
        await crm.AdvanceAsync(TimeSpan.FromMinutes(5)); // a node that was away does not burst: the rate holds for the minute that follows
        await QueuedAsync(4, 5);
        await crm.AdvanceAsync(TimeSpan.FromMinutes(2));
        await QueuedAsync(7);

        var times = (await crm.RecipientsAsync(campaign)).Select(r => DateTimeOffset.Parse(r.QueuedUtc!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        foreach (var start in times) Assert.True(times.Count(t => t >= start && t < start.AddMinutes(1)) <= 2, $"more than 2 mails in the minute from {start:o}");
        Assert.Equal(7, (await crm.QueuedMailAsync()).Count);
        Assert.Equal("Sent", (await crm.GetAsync(campaign.Id)).Text("Status"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_SMTP_down_then_up_nothing_is_lost_and_nobody_is_mailed_twice(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await using var smtp = SmtpTestServer.Create(); // nothing listens yet
        await crm.ConfigureSmtpAsync(smtp.Port);
        string[] addresses = ["a@customer.example", "b@customer.example", "c@customer.example"];
        for (var i = 0; i < addresses.Length; i++) await crm.CustomerAsync($"고객{i}", addresses[i]);
        var campaign = await crm.ScheduleAsync(await crm.CampaignAsync(ratePerMinute: 600), CrmRecipeHost.Start);

        await crm.RunDueAsync();
        await crm.AdvanceAsync(TimeSpan.FromSeconds(5));
        await crm.AdvanceAsync(TimeSpan.FromSeconds(30));
        var waiting = await crm.RecipientsAsync(campaign);
        Assert.All(waiting, r => Assert.Equal(("Queued", true), (r.Status, r.OutboxId is not null)));
        Assert.Equal("Sending", (await crm.GetAsync(campaign.Id)).Text("Status"));
        Assert.True(await crm.ScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE attempts >= 2 AND status = 'Pending'") == 3);

        await smtp.StartAsync(CancellationToken.None);
        await crm.AdvanceAsync(TimeSpan.FromMinutes(2));
        await crm.AdvanceAsync(TimeSpan.FromHours(2)); // and nothing more happens later

        var received = smtp.Messages();
        Assert.Equal(addresses, received.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(3, received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(received, m => Assert.StartsWith($"<{EmailCampaignTestData.BaseUrl}/e/u/", m.Headers["List-Unsubscribe"]));
        Assert.All(received, m => Assert.Equal("List-Unsubscribe=One-Click", m.Headers["List-Unsubscribe-Post"]));
        Assert.All(await crm.RecipientsAsync(campaign), r => Assert.Equal("Sent", r.Status));
        Assert.Equal("Sent", (await crm.GetAsync(campaign.Id)).Text("Status"));
        Assert.Equal(3, (await crm.QueuedMailAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task When_the_outbox_gives_up_the_recipient_is_failed_with_the_error_and_one_opted_out_meanwhile_is_skipped(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider, new Dictionary<string, string> { ["Crm:Outbox:MaxAttempts"] = "2" });
        await using var smtp = SmtpTestServer.Create(); // never listens
        await crm.ConfigureSmtpAsync(smtp.Port);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        var seoyeon = await crm.CustomerAsync("이서연", "seoyeon@customer.example");
        var campaign = await crm.ScheduleAsync(await crm.CampaignAsync(ratePerMinute: 1), crm.Clock.GetUtcNow());

        await crm.RunDueAsync(); // 김민준 is queued; 이서연 waits a minute for the next slot, and opts out meanwhile
        await crm.UpdateAsync(seoyeon, """{ "EmailOptOut": true }""");
        await crm.AdvanceAsync(TimeSpan.FromMinutes(1));
        await crm.AdvanceAsync(TimeSpan.FromMinutes(1));

        var rows = await crm.RecipientsAsync(campaign);
        Assert.Equal(("Failed", true), (rows[0].Status, rows[0].Reason?.Contains("SocketException", StringComparison.Ordinal)));
        Assert.Equal(("Skipped", SkipReasons.OptedOut), (rows[1].Status, rows[1].Reason));
        Assert.Single(await crm.QueuedMailAsync());
        Assert.Equal("Sent", (await crm.GetAsync(campaign.Id)).Text("Status")); // sending is over: nothing waits
    }
}
