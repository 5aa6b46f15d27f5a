using Crm.Core.Data;
using Crm.Core.Outbox;
using Crm.Core.Scheduling;
using Crm.Email.Models;
using Crm.Email.Services;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Crm.Web.Tests.Email;

public sealed class EmailDeliveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static EmailMessage Message(string subject) => new() { To = ["kim@example.com"], Subject = subject, TextBody = $"Body of {subject}" };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_SMTP_down_email_is_retried_and_delivered_exactly_once_after_the_server_comes_back(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmTestHost.StartAsync(provider, clock);
        await using var smtp = SmtpTestServer.Create(); // nothing listens on its port yet
        await host.ConfigureSmtpAsync(smtp.Port);
        var first = await host.QueueEmailAsync(Message("Quote for Acme"));
        var second = await host.QueueEmailAsync(Message("Meeting on Monday") with { Cc = ["lee@example.com"], HtmlBody = "<p>See you</p>" });

        Assert.Equal(1, await host.RunDueWorkAsync());
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await host.RunDueWorkAsync()); // second attempt: still down
        var waiting = await host.OutboxMessageAsync(first);
        Assert.Equal((OutboxStatus.Pending, 2, Start.AddSeconds(90)), (waiting.Status, waiting.Attempts, waiting.NextAttemptUtc));
        Assert.NotNull(waiting.LastError);

        await smtp.StartAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await host.RunDueWorkAsync()); // the backoff is respected
        Assert.Empty(smtp.Messages());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await host.RunDueWorkAsync());
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await host.RunDueWorkAsync()); // nothing left to do

        var received = smtp.Messages();
        Assert.Equal(["Meeting on Monday", "Quote for Acme"], received.Select(m => m.Subject).Order());
        Assert.Equal(new[] { $"<{first}@example.com>", $"<{second}@example.com>" }.Order(), received.Select(m => $"<{m.MessageId}>").Order());
        var meeting = received.Single(m => m.Subject == "Meeting on Monday");
        Assert.Equal("\"Acme CRM\" <crm@example.com>", meeting.From.ToString());
        Assert.Equal("lee@example.com", meeting.Cc.Mailboxes.Single().Address);
        Assert.Contains("<p>See you</p>", meeting.HtmlBody);
        foreach (var id in new[] { first, second })
        {
            var sent = await host.OutboxMessageAsync(id);
            Assert.Equal((OutboxStatus.Sent, 3, "smtp"), (sent.Status, sent.Attempts, sent.Result!["transport"]!.GetValue<string>()));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bulk_email_carries_one_click_List_Unsubscribe_headers_and_other_email_does_not(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await using var smtp = await SmtpTestServer.StartAsync();
        await host.ConfigureSmtpAsync(smtp.Port);
        await host.QueueEmailAsync(Message("November newsletter") with
        {
            Bulk = true, UnsubscribeUrl = "https://crm.example.com/unsubscribe/abc123", Headers = new Dictionary<string, string> { ["X-Campaign"] = "nov-2026" },
        });
        await host.QueueEmailAsync(Message("Your quote"));

        await host.RunDueWorkAsync();

        var received = smtp.Messages();
        var bulk = received.Single(m => m.Subject == "November newsletter");
        Assert.Equal("<https://crm.example.com/unsubscribe/abc123>", bulk.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", bulk.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("bulk", bulk.Headers["Precedence"]);
        Assert.Equal("nov-2026", bulk.Headers["X-Campaign"]);
        var personal = received.Single(m => m.Subject == "Your quote");
        Assert.False(personal.Headers.Contains("List-Unsubscribe"));
        Assert.False(personal.Headers.Contains("Precedence"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_an_SMTP_server_email_is_written_as_an_eml_file_under_the_data_directory(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmTestHost.StartAsync(provider, clock);
        var id = await host.QueueEmailAsync(Message("Kept for later") with { To = ["Kim Minsu <kim@example.com>"] });

        await host.RunDueWorkAsync();

        var path = Path.Combine(host.Database.DataDir, "Sites", "Default", "mail", "outbox", "2026-11-22", id + ".eml");
        var sent = await host.OutboxMessageAsync(id);
        Assert.Equal((OutboxStatus.Sent, "file", path), (sent.Status, sent.Result!["transport"]!.GetValue<string>(), sent.Result!["path"]!.GetValue<string>()));
        var saved = await MimeMessage.LoadAsync(path);
        Assert.Equal("Kept for later", saved.Subject);
        Assert.Equal(("Kim Minsu", "kim@example.com"), saved.To.Mailboxes.Select(m => (m.Name, m.Address)).Single());
        Assert.Equal("Body of Kept for later", saved.TextBody?.Trim());
    }

    [Fact]
    public async Task A_message_that_cannot_be_sent_is_refused_when_queued_with_the_reason()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        async Task<string> RefusalAsync(EmailMessage message) =>
            (await Assert.ThrowsAsync<ArgumentException>(() => host.QueueEmailAsync(message))).Message;

        Assert.Equal("An email needs at least one recipient (To).", await RefusalAsync(Message("x") with { To = [] }));
        Assert.Equal("To: 'kim at example' is not an email address.", await RefusalAsync(Message("x") with { To = ["kim at example"] }));
        Assert.Equal("Cc: 'a@b@c' is not an email address.", await RefusalAsync(Message("x") with { Cc = ["a@b@c"] }));
        Assert.Equal("Bulk email needs an UnsubscribeUrl (it becomes the List-Unsubscribe header).", await RefusalAsync(Message("x") with { Bulk = true }));
        Assert.StartsWith("Header 'Subject': written by the platform", await RefusalAsync(Message("x") with { Headers = new Dictionary<string, string> { ["Subject"] = "y" } }));
        Assert.StartsWith("Subject: must be one line", await RefusalAsync(Message("a\r\nBcc: evil@example.com")));
        await host.InTenantAsync("Default", async s =>
            Assert.Equal(0, await s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages")));
        Assert.Null(await host.Service<TenantWakeups>().DueAsync("Default", CancellationToken.None));
    }
}
