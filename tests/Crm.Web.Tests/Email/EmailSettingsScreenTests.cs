using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Email.Services;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Email;

public sealed partial class EmailSettingsScreenTests
{
    private const string SmtpPassword = "S3cret-Smtp-Pass";

    [GeneratedRegex("hx-get=\"[^\"]*/admin/email/test/([0-9A-Z]{26})\"")]
    private static partial Regex TestStatusUrl();

    private static async Task<HttpClient> AdminAsync(CrmTestHost host, string language = "en-US")
    {
        var browser = host.Browser(language);
        await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        return browser;
    }

    private static Dictionary<string, string> Settings(int port, string? newPassword = null) => new()
    {
        ["Host"] = "127.0.0.1", ["Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["TlsMode"] = "None",
        ["UserName"] = newPassword is null ? "" : "mailer", ["NewPassword"] = newPassword ?? "", ["FromAddress"] = "crm@example.com", ["FromName"] = "Acme CRM",
    };

    private static async Task<string> StoredEmailSettingAsync(CrmTestHost host)
    {
        var stored = "";
        await host.InTenantAsync("Default", async s => stored = await s.GetRequiredService<TenantDb>()
            .ExecuteScalarAsync<string>("SELECT value FROM settings WHERE name = 'Email'") ?? "");
        return stored;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_settings_screen_shows_errors_next_to_fields_and_never_echoes_or_stores_the_password_in_clear(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        var page = await admin.GetStringAsync("/admin/email");
        Assert.Contains("No SMTP server is set", page);
        Assert.Contains(Path.Combine(host.Database.DataDir, "Sites", "Default", "mail", "outbox"), page);

        var refused = await admin.SubmitFormAsync("/admin/email", "/admin/email", new()
        {
            ["Host"] = "bad host!", ["Port"] = "70000", ["TlsMode"] = "Carrier pigeon", ["FromAddress"] = "not an address", ["NewPassword"] = SmtpPassword,
        });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"Host-error\">Enter a host name or IP address, such as smtp.example.com.", refusedPage);
        Assert.Contains("id=\"Port-error\">Enter a port from 1 to 65535.", refusedPage);
        Assert.Contains("id=\"TlsMode-error\">Choose a TLS mode.", refusedPage);
        Assert.Contains("id=\"FromAddress-error\">Enter one email address, such as crm@example.com.", refusedPage);
        Assert.Contains("id=\"UserName-error\">A password needs a user name.", refusedPage);
        Assert.DoesNotContain(SmtpPassword, refusedPage);
        Assert.Equal("", await StoredEmailSettingAsync(host)); // nothing saved

        var saved = await admin.SubmitFormAsync("/admin/email", "/admin/email", Settings(2525, SmtpPassword));
        var savedPage = await saved.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Email settings saved.", savedPage);
        Assert.Contains("A password is set. It is stored encrypted and never shown.", savedPage);
        Assert.DoesNotContain(SmtpPassword, savedPage);
        Assert.DoesNotContain("No SMTP server is set", savedPage);
        Assert.DoesNotContain(SmtpPassword, await StoredEmailSettingAsync(host));
        await host.InTenantAsync("Default", async s =>
        {
            var store = s.GetRequiredService<EmailSettingsStore>();
            Assert.Equal(SmtpPassword, store.Password(await store.GetAsync()));
        });

        var kept = await admin.SubmitFormAsync("/admin/email", "/admin/email", Settings(587).With("UserName", "mailer"));
        Assert.Contains("A password is set.", await kept.Content.ReadAsStringAsync()); // an empty password field keeps it
        var cleared = await admin.SubmitFormAsync("/admin/email", "/admin/email", Settings(587).With("UserName", "mailer").With("ClearPassword", "true"));
        Assert.Contains("No password is set.", await cleared.Content.ReadAsStringAsync());

        var korean = await (await AdminAsync(host, "ko-KR")).GetStringAsync("/admin/email");
        Assert.Contains("SMTP 서버", korean);
        Assert.Contains("테스트 이메일 보내기", korean);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_test_button_queues_an_email_and_the_page_follows_it_until_the_SMTP_server_accepted_it(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await using var smtp = await SmtpTestServer.StartAsync();
        var admin = await AdminAsync(host);

        var noAddress = await admin.SubmitFormAsync("/admin/email", "/admin/email/test", new() { ["TestTo"] = "ops at example" });
        Assert.Equal(HttpStatusCode.BadRequest, noAddress.StatusCode);
        Assert.Contains("id=\"TestTo-error\">Enter one email address", await noAddress.Content.ReadAsStringAsync());

        // No server yet: the test email is kept as a file, and the page says where.
        var kept = await admin.SubmitFormAsync("/admin/email", "/admin/email/test", new() { ["TestTo"] = "ops@example.com" });
        var keptId = TestStatusUrl().Match(await kept.Content.ReadAsStringAsync()).Groups[1].Value;
        await host.RunDueWorkAsync();
        var keptStatus = await admin.GetStringAsync($"/admin/email/test/{keptId}");
        Assert.Contains("data-status=\"Sent\"", keptStatus);
        Assert.Contains("No SMTP server is set: the test email was written to", keptStatus);
        Assert.True(File.Exists(Path.Combine(host.Database.DataDir, "Sites", "Default", "mail", "outbox", DateTime.UtcNow.ToString("yyyy-MM-dd"), keptId + ".eml")));

        await admin.SubmitFormAsync("/admin/email", "/admin/email", Settings(smtp.Port));
        var queued = await admin.SubmitFormAsync("/admin/email", "/admin/email/test", new() { ["TestTo"] = "ops@example.com" });
        var queuedPage = await queued.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        Assert.Contains("data-status=\"Pending\"", queuedPage); // the page polls until delivery
        var id = TestStatusUrl().Match(queuedPage).Groups[1].Value;

        await host.RunDueWorkAsync();
        var status = await admin.GetStringAsync($"/admin/email/test/{id}");

        Assert.Contains("data-status=\"Sent\"", status);
        Assert.Contains($"Sent: 127.0.0.1:{smtp.Port} accepted the test email", status);
        Assert.DoesNotContain("hx-get", status); // done: no more polling
        var received = Assert.Single(smtp.Messages());
        Assert.Equal(("CrmPlatform test email", "ops@example.com"), (received.Subject, received.To.Mailboxes.Single().Address));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Users_without_the_permission_are_refused_and_do_not_see_the_menu_item(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        Assert.Contains("/admin/email", await admin.GetStringAsync("/admin"));
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "lee", ["email"] = "lee@example.com", ["password"] = "Lee-Password-1", ["roleNames"] = "Agent" })).StatusCode);
        var lee = host.Browser();
        await lee.LoginAsync("", "lee", "Lee-Password-1");

        Assert.DoesNotContain("/admin/email", await lee.GetStringAsync("/admin"));
        foreach (var url in new[] { "/admin/email", "/admin/email/test/01M817QNM0RA8ZM84ZFF92P6TS" })
        {
            var refused = await lee.GetAsync(url); // the platform sends browsers to its 403 page
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/denied", refused.Headers.Location?.ToString());
            Assert.Equal(HttpStatusCode.Forbidden, (await lee.GetAsync(refused.Headers.Location)).StatusCode);
        }
        var post = await lee.SubmitFormAsync("/admin", "/admin/email/test", new() { ["TestTo"] = "ops@example.com" });
        Assert.Contains("/denied", post.Headers.Location?.ToString());
    }
}
