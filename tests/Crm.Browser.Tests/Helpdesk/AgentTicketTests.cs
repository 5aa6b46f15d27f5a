using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Helpdesk;

/// <summary>
/// Issue "Helpdesk", acceptance: an agent takes a phone call and an email through to a resolved ticket in the browser
/// (the chat path is <see cref="Crm.Browser.Tests.LiveChat.LiveChatTests"/>). The call is logged on the form, found the caller by number,
/// and becomes a ticket in one click; the email arrives through the mail relay endpoint and waits in the queue. The agent
/// takes each one, works it, reads the suggested article and resolves it.
/// </summary>
public sealed class AgentTicketTests(CrmBrowserFixture browser) : IClassFixture<CrmBrowserFixture>
{
    [Fact]
    public async Task An_agent_takes_a_logged_call_through_to_a_resolved_ticket()
    {
        var caller = await InTenantAsync(s => s.GetRequiredService<ContentManager>().CreateAsync("Customer",
            new JsonObject { ["Name"] = "한가람", ["Stage"] = "Customer", ["Mobile"] = "010-2468-1357" }));
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, CrmBrowserFixture.StaffPassword, "jisoo");

        await page.GotoAsync("contents/CallLog/new");
        await page.GetByLabel("Number").FillAsync("01024681357"); // typed as heard: the customer is found whatever the format
        await page.GetByLabel("Duration (minutes)").FillAsync("4");
        await page.GetByLabel("Notes").FillAsync("Membership card was charged twice this month");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator("dl")).ToContainTextAsync("한가람");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn into ticket" }).ClickAsync(); // one click
        await Expect(page.Locator("h1")).ToContainTextAsync("Membership card was charged twice");
        await Expect(page.Locator("dl")).ToContainTextAsync("한가람");
        await Expect(page.Locator("[data-item-panel='suggested-articles']")).ToBeVisibleAsync();

        await ResolveAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "helpdesk-call-ticket-resolved");
        var ticket = await TicketAsync($"Customer:eq:{caller.Id}");
        Assert.Equal(("Resolved", "Phone"), (ticket.Text("Status"), ticket.Text("Channel")));
        Assert.NotNull(ticket.Text("CallLog"));
    }

    [Fact]
    public async Task An_agent_takes_an_email_from_the_queue_through_to_a_resolved_ticket()
    {
        const string subject = "Refund for order 8841 has not arrived";
        using var relay = new HttpClient { BaseAddress = browser.BaseAddress };
        relay.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CrmBrowserFixture.AdminApiKey);
        var mail = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\r\n",
            "From: Dana Park <dana.park@example.org>", "To: support@crm.example", $"Subject: {subject}",
            "Message-ID: <refund-8841@example.org>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
            "I returned the jacket two weeks ago and the refund is still not on my card.", "")));
        mail.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        Assert.Equal(HttpStatusCode.Created, (await relay.PostAsync("api/helpdesk/inbound-mail", mail)).StatusCode);

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, CrmBrowserFixture.StaffPassword, "jisoo");
        await page.GotoAsync("admin/helpdesk/queue");
        await page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(subject);
        await Expect(page.Locator("body")).ToContainTextAsync("the refund is still not on my card");
        await Expect(page.Locator("[data-item-panel='suggested-articles']")).ToContainTextAsync("How long does a refund take?"); // a sample article

        await ResolveAsync(page);
        var ticket = await TicketAsync($"Subject:eq:{subject}");
        Assert.Equal(("Resolved", "Email"), (ticket.Text("Status"), ticket.Text("Channel")));
    }

    /// <summary>Take, start work, resolve: the ticket page's buttons, each offered only when it is the next step.</summary>
    private static async Task ResolveAsync(IPage page)
    {
        foreach (var (button, next) in new[] { ("Take", "Start work"), ("Start work", "Resolve"), ("Resolve", "Reopen") })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = next, Exact = true })).ToBeVisibleAsync();
        }
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true })).ToHaveCountAsync(0);
    }

    private async Task<ContentItem> TicketAsync(string filter) =>
        await InTenantAsync(async s =>
            Assert.Single((await s.GetRequiredService<ContentQuery>().QueryAsync(new ContentQueryRequest { ContentType = "Ticket", Filter = FilterText.Parse(filter) })).Items));

    private async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        T result = default!;
        await browser.InDefaultTenantAsync(async s => result = await action(s));
        return result;
    }
}
