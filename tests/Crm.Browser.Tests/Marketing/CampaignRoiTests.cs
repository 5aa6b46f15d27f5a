using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Marketing;

/// <summary>
/// Issue "Marketing and retention", acceptance: a marketer sees each campaign's and channel's ROI by month, computed from real
/// orders. The admin gives a new colleague the Marketer role; she creates two campaigns on the campaign form and enters their
/// cost lines from each campaign's page; two customers come in through the banner campaign (their source campaign picked on
/// the customer form) and order this month and next. The ROI screen then shows, per campaign, channel and month, the cost,
/// the revenue and the ROI those orders and costs make, with its charts; the campaign's own page shows its months.
/// </summary>
public sealed class CampaignRoiTests(MarketingBrowserFixture browser) : IClassFixture<MarketingBrowserFixture>
{
    [Fact]
    public async Task A_marketer_sees_each_campaigns_channels_and_months_cost_revenue_and_roi_from_the_orders_of_the_customers_it_brought()
    {
        var today = await browser.TodayAsync();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var (lastMonth, nextMonth) = (thisMonth.AddMonths(-1), thisMonth.AddMonths(1));

        var admin = await browser.NewPageAsync();
        var errors = new List<string>();
        admin.PageError += (_, error) => errors.Add(error);
        await BrowserFixture.SignInAsync(admin);
        await Marketers.CreateAsync(admin);

        var marketer = await browser.NewPageAsync();
        marketer.PageError += (_, error) => errors.Add(error);
        await BrowserFixture.SignInAsync(marketer, Marketers.Password, Marketers.UserName);
        // The banner ran from last month (its production was paid then) to the end of next month; the seminar is this month's.
        var banner = await CreateCampaignAsync(marketer, "Winter coats banner", "winter-banner", "DisplayAd", lastMonth, nextMonth.AddMonths(1).AddDays(-1), 1_000_000);
        await AddCostLineAsync(marketer, banner, lastMonth.AddDays(19), 300_000); // any day of the month: kept as the month
        await AddCostLineAsync(marketer, banner, thisMonth.AddDays(4), 500_000);
        var seminar = await CreateCampaignAsync(marketer, "Spring seminar", "spring-seminar", "Seminar", thisMonth, thisMonth.AddMonths(1).AddDays(-1), 200_000);
        await AddCostLineAsync(marketer, seminar, thisMonth, 200_000);

        // Two customers the banner brought (the shop's staff enter them), and their orders: this month and, for Mina, next month too.
        var mina = await CreateSourcedCustomerAsync(admin, "Mina Seo", "Winter coats banner");
        var jun = await CreateSourcedCustomerAsync(admin, "Jun Oh", "Winter coats banner");
        await OrderForm.PlaceAsync(admin, mina, today, 500_000);
        await OrderForm.PlaceAsync(admin, mina, nextMonth.AddDays(9), 300_000);
        await OrderForm.PlaceAsync(admin, jun, today, 400_000);

        await marketer.GotoAsync($"admin/campaigns/roi?from={Month(lastMonth)}&to={Month(nextMonth)}");
        await Expect(marketer.Locator("h1")).ToHaveTextAsync("Campaign ROI");
        // ROI = (revenue − cost) ÷ cost. Banner: (1,200,000 − 800,000) ÷ 800,000; seminar: no revenue, all of its cost lost.
        await ExpectRowAsync(marketer, "roi-campaigns", banner, "Winter coats banner", leads: 2, buyers: 2, "800,000", "1,200,000", "50.0%");
        await ExpectRowAsync(marketer, "roi-campaigns", seminar, "Spring seminar", leads: 0, buyers: 0, "200,000", "0", "-100.0%");
        await ExpectRowAsync(marketer, "roi-channels", "DisplayAd", "Display ad", leads: 2, buyers: 2, "800,000", "1,200,000", "50.0%");
        await ExpectRowAsync(marketer, "roi-channels", "Seminar", "Seminar", leads: 0, buyers: 0, "200,000", "0", "-100.0%");
        // Months: last month only cost; this month 700,000 cost against 900,000 revenue (200 ÷ 700 = 28.6 %); next month revenue without cost (—).
        await ExpectRowAsync(marketer, "roi-months", Month(lastMonth), Month(lastMonth), leads: 0, buyers: 0, "300,000", "0", "-100.0%");
        await ExpectRowAsync(marketer, "roi-months", Month(thisMonth), Month(thisMonth), leads: 2, buyers: 2, "700,000", "900,000", "28.6%");
        await ExpectRowAsync(marketer, "roi-months", Month(nextMonth), Month(nextMonth), leads: 0, buyers: 1, "0", "300,000", "—");
        await ExpectRowAsync(marketer, "roi-total-table", "total", "Total", leads: 2, buyers: 2, "1,000,000", "1,200,000", "20.0%");

        // The charts: drawn by Chart.js from the same figures.
        var charts = marketer.Locator("canvas[data-chart]");
        await Expect(charts).ToHaveCountAsync(2);
        await marketer.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas[data-chart]')].every(c => window.Chart && Chart.getChart(c))");
        var byMonth = JsonNode.Parse((await charts.First.GetAttributeAsync("data-chart"))!)!;
        Assert.Equal([Month(lastMonth), Month(thisMonth), Month(nextMonth)], byMonth["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(("Cost (KRW)", "Revenue (KRW)"), (byMonth["datasets"]![0]!["label"]!.GetValue<string>(), byMonth["datasets"]![1]!["label"]!.GetValue<string>()));
        Assert.Equal([300_000m, 700_000m, 0m], byMonth["datasets"]![0]!["data"]!.AsArray().Select(v => v!.GetValue<decimal>()));
        Assert.Equal([0m, 900_000m, 300_000m], byMonth["datasets"]![1]!["data"]!.AsArray().Select(v => v!.GetValue<decimal>()));
        await BrowserFixture.ScreenshotAsync(marketer, "campaign-roi");

        // The campaign's own page, opened from its row, keeps the months chosen.
        await marketer.Locator("#roi-campaigns").GetByRole(AriaRole.Link, new() { Name = "Winter coats banner" }).ClickAsync();
        await Expect(marketer.Locator("h1")).ToHaveTextAsync("Winter coats banner");
        await Expect(marketer.Locator("#campaign-facts")).ToContainTextAsync("winter-banner");
        await Expect(marketer.Locator("#campaign-facts")).ToContainTextAsync("Display ad");
        await ExpectRowAsync(marketer, "campaign-months", Month(thisMonth), Month(thisMonth), leads: 2, buyers: 2, "500,000", "900,000", "80.0%");
        await ExpectRowAsync(marketer, "campaign-months", Month(nextMonth), Month(nextMonth), leads: 0, buyers: 1, "0", "300,000", "—");
        await ExpectRowAsync(marketer, "campaign-total", "total", "Total", leads: 2, buyers: 2, "800,000", "1,200,000", "50.0%");
        await BrowserFixture.ScreenshotAsync(marketer, "campaign-page");

        // Switched to Korean, the screen speaks Korean.
        var korean = marketer;
        await korean.GetByRole(AriaRole.Button, new() { Name = "한국어" }).ClickAsync();
        await korean.GotoAsync($"admin/campaigns/roi?from={Month(lastMonth)}&to={Month(nextMonth)}");
        await Expect(korean.Locator("h1")).ToHaveTextAsync("캠페인 ROI");
        await Expect(korean.Locator("#roi-channels thead")).ToContainTextAsync("채널");
        await Expect(korean.Locator("#roi-channels tr.roi-row[data-key=DisplayAd] td").First).ToHaveTextAsync("배너 광고");
        await BrowserFixture.ScreenshotAsync(korean, "campaign-roi-ko");
        Assert.Empty(errors);
    }

    /// <summary>The campaign form; the saved campaign's page offers "Results and ROI", which opens its campaign page. Returns its id.</summary>
    private static async Task<string> CreateCampaignAsync(IPage page, string name, string code, string channel, DateOnly start, DateOnly end, int budget)
    {
        await page.GotoAsync("contents/Campaign/new");
        await page.Locator("#field-Campaign-Name").FillAsync(name);
        await page.Locator("#field-Campaign-Code").FillAsync(code);
        await page.Locator("#field-Campaign-Channel").SelectOptionAsync(channel);
        await page.Locator("#field-Campaign-StartDate").FillAsync(Day(start));
        await page.Locator("#field-Campaign-EndDate").FillAsync(Day(end));
        await page.Locator("#field-Campaign-Budget").FillAsync(budget.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#field-Campaign-Status").SelectOptionAsync("Active");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var id = await SavedItem.IdAsync(page, "Campaign");
        await page.GetByRole(AriaRole.Button, new() { Name = "Results and ROI" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/campaigns/{id}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        return id;
    }

    /// <summary>From the campaign's page: "Add a cost line" opens the cost form with the campaign chosen.</summary>
    private static async Task AddCostLineAsync(IPage page, string campaign, DateOnly month, int amount)
    {
        await page.GotoAsync($"admin/campaigns/{campaign}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a cost line" }).ClickAsync();
        await page.Locator("#field-CampaignCost-Month").FillAsync(Day(month));
        await page.Locator("#field-CampaignCost-Amount").FillAsync(amount.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await SavedItem.IdAsync(page, "CampaignCost");
    }

    /// <summary>The customer form, with the campaign that brought the customer picked by typing part of its name. Returns the id.</summary>
    private static async Task<string> CreateSourcedCustomerAsync(IPage page, string name, string campaign)
    {
        await page.GotoAsync("contents/Customer/new");
        await page.Locator("#field-Customer-Name").FillAsync(name);
        var picker = page.Locator("#field-Customer-SourceCampaign-ts-control");
        await picker.ClickAsync();
        await picker.PressSequentiallyAsync(campaign[..6]);
        await page.Locator(".ts-dropdown .option").Filter(new() { HasText = campaign }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var id = await SavedItem.IdAsync(page, "Customer");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = campaign, Exact = true })).ToBeVisibleAsync();
        return id;
    }

    /// <summary>One row of an ROI table (KRW): its label, leads, buyers, cost, revenue and ROI as the screen writes them.</summary>
    private static async Task ExpectRowAsync(IPage page, string table, string key, string label, int leads, int buyers, string cost, string revenue, string roi)
    {
        var row = page.Locator($"#{table} tr.roi-row[data-key=\"{key}\"]");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").First).ToHaveTextAsync(label);
        await Expect(row.Locator("[data-leads]")).ToHaveTextAsync(leads.ToString(CultureInfo.InvariantCulture));
        await Expect(row.Locator("[data-buyers]")).ToHaveTextAsync(buyers.ToString(CultureInfo.InvariantCulture));
        await Expect(row.Locator("[data-cost]")).ToHaveTextAsync(cost);
        await Expect(row.Locator("[data-revenue]")).ToHaveTextAsync(revenue);
        await Expect(row.Locator("[data-roi]")).ToHaveTextAsync(roi);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
