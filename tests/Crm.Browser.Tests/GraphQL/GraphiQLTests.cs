using Crm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.GraphQL;

/// <summary>GraphiQL, served by the build from npm, runs queries against the tenant's API with the admin's session.</summary>
public sealed class GraphiQLTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_explorer_runs_a_query_with_the_admin_session_and_nothing_comes_from_elsewhere()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page);

        await page.GotoAsync("/admin/graphiql?query=" + Uri.EscapeDataString("{ contentTypes { name } }"));
        // GraphiQL introspects the schema first (its documentation explorer); then the query runs.
        await Expect(page.Locator(".graphiql-doc-explorer-title, .graphiql-sidebar")).Not.ToHaveCountAsync(0);
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var response = page.Locator(".graphiql-response");
        await Expect(response).ToContainTextAsync("\"data\"", new() { Timeout = 15_000 });
        await Expect(response).ToContainTextAsync("\"contentTypes\"");
        await Expect(response).Not.ToContainTextAsync("\"errors\"");
        await BrowserFixture.ScreenshotAsync(page, "graphiql");
        Assert.Empty(browser.ForeignRequests);
    }
}
