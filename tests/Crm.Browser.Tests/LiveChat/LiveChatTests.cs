using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Crm.Core.Content.Queries;
using Crm.Core.Settings;
using Crm.LiveChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.LiveChat;

/// <summary>
/// Issue "Helpdesk", live chat: a visitor on a shop's page (another origin, allowed by the tenant) chats through the embedded
/// widget with an agent in the console, both ways and with typing shown, and the agent turns the chat into a ticket.
/// </summary>
public sealed class LiveChatTests(CrmBrowserFixture browser) : IClassFixture<CrmBrowserFixture>
{
    [Fact]
    public async Task A_visitor_and_an_agent_chat_both_ways_and_the_agent_turns_the_chat_into_a_ticket()
    {
        var agent = await browser.NewPageAsync();
        // The shop's page: another origin (localhost rather than 127.0.0.1) on the same loopback port, which the tenant allows.
        var shop = $"http://localhost:{browser.BaseAddress.Port}";
        await browser.InDefaultTenantAsync(s => s.GetRequiredService<SiteSettings>().SetAsync(LiveChatModel.AllowedOriginsSetting, new JsonArray(shop)));

        await BrowserFixture.SignInAsync(agent, CrmBrowserFixture.StaffPassword, "jisoo");
        await Expect(agent).ToHaveURLAsync(new Regex("/admin$"));
        await agent.GotoAsync("admin/chat");
        await Expect(agent.Locator("#chat-console[data-ready='true']")).ToBeAttachedAsync();

        var visitor = await browser.NewPageAsync();
        await visitor.Context.RouteAsync($"{shop}/**", route => route.ContinueAsync());
        await visitor.GotoAsync($"{shop}/login");
        await visitor.SetContentAsync($"<!doctype html><html><head><title>Shop</title></head><body><h1>Shop</h1><script src=\"{browser.BaseAddress}chat/widget.js\"></script></body></html>");
        await visitor.Locator("#crm-chat-open").ClickAsync();
        await Expect(visitor.Locator("#crm-chat-send")).ToHaveTextAsync("Start chat"); // an agent is online
        await visitor.Locator("#crm-chat-name").FillAsync("Kim Visitor");
        await visitor.Locator("#crm-chat-email").FillAsync("kim.visitor@example.com");
        await visitor.Locator("#crm-chat-input").FillAsync("My order has not arrived");
        await visitor.Locator("#crm-chat-send").ClickAsync();
        await Expect(visitor.Locator("#crm-chat-status")).ToContainTextAsync("Please wait");

        await agent.Locator("#chat-waiting .chat-accept").First.ClickAsync();
        await Expect(agent.Locator("#chat-messages")).ToContainTextAsync("My order has not arrived");
        await Expect(visitor.Locator("#crm-chat-status")).ToContainTextAsync("joined the chat");

        await agent.Locator("#chat-input").FillAsync("/wait");
        await agent.Locator("#chat-input").PressAsync("Tab"); // the canned answer's shortcut
        await Expect(agent.Locator("#chat-input")).ToHaveValueAsync(new Regex("Let me check that for you"));
        await agent.Locator("#chat-input").PressAsync("Enter");
        await Expect(visitor.Locator("#crm-chat-messages")).ToContainTextAsync("Let me check that for you");

        await visitor.Locator("#crm-chat-input").PressSequentiallyAsync("Order 1234, paid on Monday");
        await Expect(agent.Locator("#chat-typing")).ToContainTextAsync("is typing");
        await visitor.Locator("#crm-chat-input").PressAsync("Enter");
        await Expect(agent.Locator("#chat-messages")).ToContainTextAsync("Order 1234, paid on Monday");
        await BrowserFixture.ScreenshotAsync(visitor, "live-chat-visitor");
        await BrowserFixture.ScreenshotAsync(agent, "live-chat-console");

        await agent.Locator("#chat-to-ticket").ClickAsync();
        var link = agent.Locator("#chat-ticket-link");
        await Expect(link).ToHaveTextAsync(new Regex(@"^T-\d{4}-\d{6}$"));
        var number = await link.InnerTextAsync();
        await link.ClickAsync();
        await Expect(agent.Locator("h1")).ToContainTextAsync("My order has not arrived");
        await Expect(agent.Locator("body")).ToContainTextAsync("Order 1234, paid on Monday");

        await browser.InDefaultTenantAsync(async s =>
        {
            var tickets = await s.GetRequiredService<ContentQuery>().QueryAsync(new ContentQueryRequest { ContentType = "Ticket", Filter = FilterText.Parse($"Number:eq:{number}") });
            var ticket = Assert.Single(tickets.Items);
            Assert.Equal("Chat", ticket.Text("Channel"));
            Assert.Contains("Let me check that for you", ticket.Text("Description"));
            Assert.Contains("Order 1234, paid on Monday", ticket.Text("Description"));
        });
        Assert.DoesNotContain(browser.ForeignRequests, url => url.StartsWith(shop, StringComparison.Ordinal));
    }
}
