using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Marketing;

/// <summary>Orders as the shop's staff record them: the order form, opened for the customer (as a customer page's "New order" does).</summary>
public static class OrderForm
{
    public static async Task PlaceAsync(IPage page, string customer, DateOnly date, int amount)
    {
        await page.GotoAsync($"contents/SalesOrder/new?Customer={customer}");
        await page.Locator("#field-SalesOrder-OrderDate").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#field-SalesOrder-Amount").FillAsync(amount.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await SavedItem.IdAsync(page, "SalesOrder");
    }
}
