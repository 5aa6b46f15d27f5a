using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Admin;

public sealed class SignInTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_admin_signs_in_and_lands_on_the_admin_home_with_the_menu()
    {
        var page = await browser.NewPageAsync();

        await BrowserFixture.SignInAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Admin", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Signed in as admin.")).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" });
        foreach (var entry in new[] { "Home", "Features", "Users", "Roles", "API keys" })
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = entry, Exact = true })).ToBeVisibleAsync();
        }
        await BrowserFixture.ScreenshotAsync(page, "admin-home");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_and_keeps_the_visitor_on_the_sign_in_page()
    {
        var page = await browser.NewPageAsync();

        await BrowserFixture.SignInAsync(page, password: "Not-The-Password1");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The user name or password is not correct.");
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "sign-in-wrong-password");

        // The admin area stays closed: asking for it leads back to the sign-in form.
        await page.GotoAsync("admin");
        await Expect(page).ToHaveURLAsync(new Regex("/login"));
    }
}
