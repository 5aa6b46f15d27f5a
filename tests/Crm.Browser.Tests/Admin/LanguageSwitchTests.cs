using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Admin;

public sealed class LanguageSwitchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_switch_in_the_admin_bar_turns_the_admin_Korean_and_back()
    {
        // The browser asks for English; only the switch makes the admin Korean.
        var page = await browser.NewPageAsync("en-US");
        await BrowserFixture.SignInAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Admin", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "한국어" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "관리", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("admin 계정으로 로그인되어 있습니다.")).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "관리 메뉴" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "홈", Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "기능", Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "API 키", Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Heading, new() { Name = "보안", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "admin-home-korean");

        // The choice is remembered (cookie) on the next page, and the switch goes back to English.
        await menu.GetByRole(AriaRole.Link, new() { Name = "기능", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "기능", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/features$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Features", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}
