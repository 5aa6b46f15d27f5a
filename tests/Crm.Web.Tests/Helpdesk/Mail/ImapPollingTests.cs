using System.Net;
using System.Text;
using Crm.Core.Data;
using Crm.HelpdeskMail.Imap;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Helpdesk.Mail;

/// <summary>
/// IMAP polling through the scheduler with a fake clock, against an in-memory folder at the poller's boundary (the MailKit
/// side, <c>MailKitMailbox</c>, is not exercised here: no IMAP server is installed for the tests).
/// </summary>
public sealed class ImapPollingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_mailbox_is_polled_every_n_minutes_and_each_mail_is_read_once(DatabaseProvider provider)
    {
        var mailbox = new FakeMailbox();
        await using var crm = await CrmRecipeHost.StartAsync(provider, services: s => s.AddSingleton<IHelpdeskMailboxOpener>(mailbox));
        var first = mailbox.Add(TestMail.Raw("someone@elsewhere.example", "환불 요청", messageId: "refund@elsewhere.example"));
        var redelivered = mailbox.Add(TestMail.Raw("someone@elsewhere.example", "환불 요청", messageId: "refund@elsewhere.example"));
        var ours = mailbox.Add(TestMail.Raw("support@crm.example", "Re: 환불 요청"));
        var huge = mailbox.Add(TestMail.Raw("someone@elsewhere.example", "big"), size: 50L * 1024 * 1024);
        var garbage = mailbox.Add(Encoding.UTF8.GetBytes("not a mail\n"));

        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/helpdesk/mail");
        var saved = await admin.PostAsync("/admin/helpdesk/mail", CrmRecipeHost.Form(page, ("Host", "imap.crm.example"), ("Port", "993"), ("TlsMode", "SslOnConnect"),
            ("UserName", "support@crm.example"), ("NewPassword", "imap-secret-1"), ("Folder", "INBOX"), ("ProcessedFolder", "Helpdesk"), ("PollMinutes", "5"),
            ("Address", "support@crm.example")));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.DoesNotContain("imap-secret-1", await saved.Content.ReadAsStringAsync());
        Assert.DoesNotContain("imap-secret-1", await crm.ScalarAsync<string>("SELECT value FROM settings WHERE name = 'HelpdeskImap'"));

        await crm.RunDueAsync(); // saving polls at once
        Assert.Equal([("support@crm.example", "imap-secret-1", "INBOX")], mailbox.Logins);
        var ticket = Assert.Single(await crm.ItemsAsync("Ticket")); // the redelivery and our own mail make nothing
        Assert.Equal(("환불 요청", "Email"), (ticket.Text("Subject"), ticket.Text("Channel")));
        foreach (var uid in new[] { first, redelivered, ours, huge, garbage }) Assert.Equal((true, "Helpdesk"), (mailbox.Seen(uid), mailbox.FolderOf(uid)));
        Assert.Equal(2, await crm.InboundRowsAsync()); // one row per Message-ID; the two unreadable ones were never mail

        var reply = mailbox.Add(TestMail.Raw("someone@elsewhere.example", $"Re: {ticket.Text("Number")} 환불 요청", "계좌번호를 보냅니다."));
        await crm.AdvanceAsync(TimeSpan.FromMinutes(4));
        Assert.Single(mailbox.Logins);
        await crm.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(2, mailbox.Logins.Count);
        Assert.True(mailbox.Seen(reply));
        Assert.Equal(ticket.Id, Assert.Single(await crm.ItemsAsync("TicketComment")).Text("Ticket"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unreachable_server_is_shown_on_the_screen_and_tried_again_at_the_next_poll(DatabaseProvider provider)
    {
        var mailbox = new FakeMailbox { Unreachable = new IOException("Connection refused") };
        await using var crm = await CrmRecipeHost.StartAsync(provider, services: s => s.AddSingleton<IHelpdeskMailboxOpener>(mailbox));
        mailbox.Add(TestMail.Raw("someone@elsewhere.example", "도와주세요"));
        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/helpdesk/mail");
        var refused = await admin.PostAsync("/admin/helpdesk/mail", CrmRecipeHost.Form(page, ("Host", "imap.crm.example"), ("Port", "993"), ("TlsMode", "SslOnConnect"),
            ("UserName", ""), ("Folder", "INBOX"), ("PollMinutes", "0")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var form = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Enter the mailbox&#39;s user name.", form);
        Assert.Contains("Enter minutes from 1 to 1440.", form);

        var saved = await admin.PostAsync("/admin/helpdesk/mail", CrmRecipeHost.Form(page, ("Host", "imap.crm.example"), ("Port", "993"), ("TlsMode", "SslOnConnect"),
            ("UserName", "support"), ("Folder", "INBOX"), ("PollMinutes", "10")));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await crm.RunDueAsync();
        Assert.Contains("Connection refused", await admin.GetStringAsync("/admin/helpdesk/mail"));
        Assert.Empty(await crm.ItemsAsync("Ticket"));

        mailbox.Unreachable = null;
        await crm.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.Single(await crm.ItemsAsync("Ticket"));
        Assert.DoesNotContain("Connection refused", await admin.GetStringAsync("/admin/helpdesk/mail"));
    }
}
