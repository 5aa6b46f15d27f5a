using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Sales;

/// <summary>
/// Issue "CRM sales", the acceptance path: a sales rep of the crm recipe's sample company signs in, opens their to-dos,
/// logs a call from a customer's page in two clicks, and sees it on the customer's timeline and on the dashboard.
/// </summary>
public sealed class SalesRepDayTests(CrmBrowserFixture browser) : IClassFixture<CrmBrowserFixture>
{
    [Fact]
    public async Task A_sales_rep_opens_their_to_dos_logs_a_call_from_a_customer_and_sees_it_on_the_timeline_and_dashboard()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, CrmBrowserFixture.StaffPassword, "minjun");

        // The dashboard is the home page: today's work and the customers to contact.
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(page.Locator("#widget-my-day")).ToBeVisibleAsync();
        await Expect(page.Locator("#widget-due-for-contact")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "sales-rep-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "My to-dos" }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("My to-dos");
        await Expect(page.Locator(".todo-row").First).ToBeVisibleAsync(); // the sample data plans work around today
        await BrowserFixture.ScreenshotAsync(page, "sales-rep-todos");

        // A customer of theirs: from the list of customers they own.
        await page.GotoAsync("admin");
        var customer = page.Locator("#widget-due-for-contact a, #widget-my-day a[href*='/contents/Customer/']").First;
        var customerName = (await customer.InnerTextAsync()).Trim();
        await customer.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(customerName);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log call" }).ClickAsync(); // click 1
        await Expect(page.GetByLabel("Subject")).ToHaveValueAsync($"Call with {customerName}");
        await page.GetByLabel("Outcome").FillAsync("Wants a quote by Friday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync(); // click 2

        await Expect(page.Locator("h1")).ToContainTextAsync(customerName);
        await Expect(page.GetByText($"Call with {customerName}").First).ToBeVisibleAsync(); // on the customer's page and timeline
        await BrowserFixture.ScreenshotAsync(page, "sales-rep-logged-call");

        await page.GotoAsync("admin");
        await Expect(page.Locator("#widget-due-for-contact")).Not.ToContainTextAsync(customerName); // contacted today: not due any more
    }
}
