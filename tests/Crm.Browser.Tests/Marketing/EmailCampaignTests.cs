using System.Text.Json.Nodes;
using Crm.Browser.Tests.Infrastructure;
using Crm.Core.Content.Store;
using Crm.Core.Settings;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Marketing;

/// <summary>
/// Issue "Marketing and retention", email campaigns in the browser: the admin points the CRM at the mail server (a real SMTP
/// server, aiosmtpd) and makes a marketer; she writes a campaign whose body has a Liquid mistake, which the save refuses with
/// its line and position; she fixes it, sends herself a test (filled in with the audience's first customer), schedules it,
/// and the results show every customer of the audience sent — the one who opted out is not in it and gets nothing.
/// </summary>
public sealed class EmailCampaignTests(MarketingBrowserFixture browser) : IClassFixture<MarketingBrowserFixture>
{
    private const string Subject = "{{ customer.Name }}, our winter sale starts Friday";
    private const string Greeting = "Hello {{ customer.Name }},\n\n";
    private const string Offer = "Our winter sale starts on Friday.{% if customer.Grade == \"A\" %} As an A-grade customer you may shop a day early.";

    [Fact]
    public async Task A_marketer_fixes_a_liquid_error_shown_with_its_place_sends_a_test_schedules_the_campaign_and_sees_it_sent()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await browser.InDefaultTenantAsync(async s =>
        {
            // The site address for the links in campaign mail has no screen; it is a tenant setting (recipe or API).
            await s.GetRequiredService<SiteSettings>().SetAsync("EmailCampaigns", new JsonObject { ["BaseUrl"] = browser.BaseAddress.ToString().TrimEnd('/') });
            var content = s.GetRequiredService<ContentManager>();
            foreach (var (name, email, optedOut) in new[] { ("Mina Seo", "mina@example.com", false), ("Jun Oh", "jun@example.com", false), ("Sora Lim", "sora@example.com", false), ("Dae Han", "dae@example.com", true) })
            {
                await content.CreateAsync("Customer", new JsonObject { ["Name"] = name, ["Stage"] = "Customer", ["Email"] = email, ["EmailOptOut"] = optedOut });
            }
        });

        var admin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(admin);
        await admin.GotoAsync("admin/email");
        await admin.Locator("#Host").FillAsync("127.0.0.1");
        await admin.Locator("#Port").FillAsync(smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.Locator("#TlsMode").SelectOptionAsync("None");
        await admin.Locator("#FromAddress").FillAsync("news@shop.example");
        await admin.Locator("#FromName").FillAsync("Winter Shop");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(admin.GetByText("Email settings saved.")).ToBeVisibleAsync();
        await Marketers.CreateAsync(admin);

        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await BrowserFixture.SignInAsync(page, Marketers.Password, Marketers.UserName);
        await page.GotoAsync("contents/EmailCampaign/new");
        await page.Locator("#field-EmailCampaign-Name").FillAsync("Winter sale");
        await page.Locator("#field-EmailCampaign-Subject").FillAsync(Subject);
        await page.Locator("#field-EmailCampaign-Body").FillAsync(Greeting + Offer + "{% endfi %}"); // a typo: endfi for endif
        await page.Locator("#field-EmailCampaign-Audience").FillAsync("MarketingEmailAudience");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        // Refused, with the place of the mistake: line 3, where the typo's tag starts.
        await Expect(page.Locator("#field-EmailCampaign-Body-errors"))
            .ToContainTextAsync($"a Liquid error at line 3, position {Offer.Length + 1}: 'endfi' found where 'endif' was expected");
        await BrowserFixture.ScreenshotAsync(page, "email-campaign-liquid-error");

        await page.Locator("#field-EmailCampaign-Body").FillAsync(Greeting + Offer + "{% endif %}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await SavedItem.IdAsync(page, "EmailCampaign");
        await page.GetByRole(AriaRole.Button, new() { Name = "Results and sending" }).ClickAsync();
        await Expect(page.Locator("#campaign-status")).ToHaveAttributeAsync("data-campaign-status", "Draft");

        // A test to herself, filled in with the audience's first customer (the saved query lists them by name: Jun Oh).
        await page.Locator("#test-address").FillAsync(Marketers.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send test" }).ClickAsync();
        await Expect(page.Locator("#campaign-message")).ToHaveTextAsync("The test email is queued.");
        var test = await ReceivedAsync(smtp, 1);
        Assert.Equal(("[Test] Jun Oh, our winter sale starts Friday", Marketers.Email), (test[0].Subject, test[0].To.Mailboxes.Single().Address));
        Assert.Contains("Hello Jun Oh,", test[0].TextBody);

        await page.Locator("#campaign-schedule").ClickAsync();
        await Expect(page.Locator("#campaign-message")).ToHaveTextAsync("The campaign is scheduled.");
        // The host's scheduler sends it in the background (at most 60 a minute): the page shows the counts once it is sent.
        var status = page.Locator("#campaign-status[data-campaign-status=Sent]");
        for (var attempt = 0; attempt < 40 && await status.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Expect(status).ToHaveCountAsync(1);
        foreach (var (count, value) in new[] { ("audience", "3"), ("sent", "3"), ("waiting", "0"), ("failed", "0"), ("skipped", "0") })
        {
            await Expect(page.Locator($"#campaign-results tr[data-count={count}] td").First).ToHaveTextAsync(value);
        }
        await Expect(page.Locator("#campaign-recipients tr.recipient-row[data-status=Sent]")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, "email-campaign-sent");

        var campaign = (await ReceivedAsync(smtp, 4)).Skip(1).ToList();
        Assert.Equal(["jun@example.com", "mina@example.com", "sora@example.com"], campaign.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Jun Oh, our winter sale starts Friday", "Mina Seo, our winter sale starts Friday", "Sora Lim, our winter sale starts Friday"],
            campaign.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.Empty(errors);
    }

    /// <summary>Waits (up to 20 s) until the SMTP server has received <paramref name="count"/> messages; the outbox sends in the background.</summary>
    private static async Task<IReadOnlyList<MimeKit.MimeMessage>> ReceivedAsync(SmtpTestServer smtp, int count)
    {
        for (var attempt = 0; attempt < 80 && smtp.Messages().Count < count; attempt++) await Task.Delay(250);
        var messages = smtp.Messages();
        Assert.Equal(count, messages.Count);
        return messages;
    }
}
