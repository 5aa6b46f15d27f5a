using Crm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Admin;

public sealed class FeaturesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Disabling_API_keys_removes_its_menu_entry_and_enabling_brings_it_back()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" });
        var apiKeysEntry = menu.GetByRole(AriaRole.Link, new() { Name = "API keys", Exact = true });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Features", Exact = true }).ClickAsync();
        var apiKeysRow = page.Locator("tr[data-feature='Crm.ApiKeys']");
        await Expect(apiKeysRow.GetByText("enabled", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(apiKeysEntry).ToBeVisibleAsync();

        await apiKeysRow.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Disabled: ");
        await Expect(apiKeysRow.GetByText("disabled", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(apiKeysEntry).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "features-api-keys-disabled");

        await apiKeysRow.GetByRole(AriaRole.Button, new() { Name = "Enable" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enabled: ");
        await Expect(apiKeysRow.GetByText("enabled", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(apiKeysEntry).ToBeVisibleAsync();
        await apiKeysEntry.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "API keys", Exact = true })).ToBeVisibleAsync();
    }
}
