using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Retention.Programs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Marketing;

/// <summary>
/// Issue "Marketing and retention", acceptance: each retention program runs from the designer and shows its outcome with lift.
/// The admin holds out half of the first-purchase thank-you program's members on its settings screen, opens its workflow from
/// the programs screen, raises the coupon to 15 % and rewrites the thank-you card to-do in the designer, and publishes. Five
/// shoppers buy for the first time (on the order form): the contacted ones get the 15 % coupon and the new to-do, the held-out
/// ones nothing. Some buy again; the programs screen shows members, responses, revenue after and the lift that makes.
/// </summary>
public sealed class RetentionProgramTests(MarketingBrowserFixture browser) : IClassFixture<MarketingBrowserFixture>
{
    private const string Program = "FirstPurchaseThanks";
    private const string CardSubject = "Send a thank-you card with coupon {{ outputs.coupon.Code }} ({{ outputs.coupon.Value }} off): {{ item.Name }}";

    [Fact]
    public async Task The_first_purchase_program_edited_in_the_designer_runs_as_edited_and_its_outcome_shows_the_lift_against_the_holdout()
    {
        // Shoppers without an email (the program then plans a card by post). Who is held out is drawn from a hash of program and
        // customer, so shoppers are entered until three fall in the contacted half and two in the held-out half.
        var (contacted, heldOut) = await ShoppersAsync(contacted: 3, heldOut: 2);
        var today = await browser.TodayAsync();

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1600, 1200);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await BrowserFixture.SignInAsync(page);

        await page.GotoAsync("admin/retention");
        var row = page.Locator($"#retention-programs tr[data-program={Program}]");
        await row.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await page.GetByLabel("Holdout share (%)").FillAsync("50");
        await page.GetByLabel("Response window (days)").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".alert-success[role=status]")).ToContainTextAsync("Saved.");

        await page.GotoAsync("admin/retention");
        await row.Locator($"a[data-workflow={Program}]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/workflows/[0-9A-Z]{26}/designer$"));
        await page.Locator("[data-action=fit]").ClickAsync();
        await SettingsAsync(page, "coupon", form => form.Locator("#wf-prop-percent").FillAsync("15"));
        await SettingsAsync(page, "dm", async form =>
        {
            var values = JsonNode.Parse(await form.Locator("#wf-prop-values").InputValueAsync())!;
            values["Subject"] = CardSubject;
            await form.Locator("#wf-prop-values").FillAsync(values.ToJsonString());
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.Locator("[data-designer-status]")).ToHaveTextAsync("Published version 2.");
        await BrowserFixture.ScreenshotAsync(page, "retention-program-designer");

        foreach (var shopper in contacted.Concat(heldOut)) await OrderForm.PlaceAsync(page, shopper.Id, today, 100_000);

        // The host's scheduler runs the program: the contacted get the edited to-do with a 15 % coupon; the held-out get nothing.
        var first = contacted[0];
        await ReloadUntilAsync(page, $"contents/Customer/{first.Id}", page.GetByText($"Send a thank-you card with coupon "));
        await Expect(page.GetByText(new Regex($@"Send a thank-you card with coupon [0-9A-Z-]+ \(15% off\): {first.Name}")).First).ToBeVisibleAsync(); // its to-dos and timeline
        await ReloadUntilAsync(page, "admin/retention", row.Locator("[data-figure=members-holdout]").GetByText("2", new() { Exact = true }));
        await Expect(row.Locator("[data-figure=members-contacted]")).ToHaveTextAsync("3");
        await browser.InDefaultTenantAsync(async s =>
        {
            var query = s.GetRequiredService<ContentQuery>();
            foreach (var (id, name) in contacted)
            {
                var coupon = Assert.Single(await ItemsAsync(query, "Coupon", $"Customer:eq:{id}"));
                Assert.Equal(("15", Program), (coupon.Text("Percent"), coupon.Text("Program")));
                var card = Assert.Single(await ItemsAsync(query, "Activity", $"Customer:eq:{id},RetentionProgram:eq:{Program}"));
                Assert.Equal($"Send a thank-you card with coupon {coupon.Text("Code")} (15% off): {name}", card.Text("Subject"));
            }
            foreach (var (id, _) in heldOut)
            {
                Assert.Empty(await ItemsAsync(query, "Coupon", $"Customer:eq:{id}"));
                Assert.Empty(await ItemsAsync(query, "Activity", $"Customer:eq:{id},RetentionProgram:eq:{Program}"));
            }
        });

        // Within the 30-day window two of the three contacted buy again (120,000 and 80,000) and one of the two held out (50,000).
        await OrderForm.PlaceAsync(page, contacted[0].Id, today, 120_000);
        await OrderForm.PlaceAsync(page, contacted[1].Id, today, 80_000);
        await OrderForm.PlaceAsync(page, heldOut[0].Id, today, 50_000);

        await page.GotoAsync("admin/retention");
        await Expect(row.Locator("th")).ToHaveTextAsync("First purchase thanks");
        var figures = new Dictionary<string, string>
        {
            ["members-contacted"] = "3", ["members-holdout"] = "2",
            ["responses-contacted"] = "2", ["responses-holdout"] = "1",
            ["rate-contacted"] = "66.7%", ["rate-holdout"] = "50%",
            ["revenue-contacted"] = "200,000 KRW", ["revenue-holdout"] = "50,000 KRW",
            ["revenue-per-member-contacted"] = "66,667 KRW", ["revenue-per-member-holdout"] = "25,000 KRW",
            ["lift"] = "+33.3%", // (2/3 − 1/2) ÷ 1/2
        };
        foreach (var (figure, text) in figures) await Expect(row.Locator($"[data-figure={figure}]")).ToHaveTextAsync(text);
        await Expect(row).ToContainTextAsync("50% / 30 days");
        await BrowserFixture.ScreenshotAsync(page, "retention-program-outcome");
        Assert.Empty(errors);
    }

    private async Task<(List<(string Id, string Name)> Contacted, List<(string Id, string Name)> HeldOut)> ShoppersAsync(int contacted, int heldOut)
    {
        var (inProgram, outOfIt) = (new List<(string, string)>(), new List<(string, string)>());
        await browser.InDefaultTenantAsync(async s =>
        {
            var content = s.GetRequiredService<ContentManager>();
            for (var n = 1; inProgram.Count < contacted || outOfIt.Count < heldOut; n++)
            {
                var name = $"Shopper {n}";
                var customer = await content.CreateAsync("Customer", new JsonObject { ["Name"] = name, ["Stage"] = "Customer" });
                var group = HoldoutDraw.IsHoldout(Program, customer.Id, 50) ? outOfIt : inProgram;
                if (group.Count < (group == outOfIt ? heldOut : contacted)) group.Add((customer.Id, name));
            }
        });
        return (inProgram, outOfIt);
    }

    private static async Task SettingsAsync(IPage page, string node, Func<ILocator, Task> fill)
    {
        await page.Locator($"[data-designer-canvas] [data-cell-id=\"{node}\"]").ClickAsync();
        var form = page.Locator($"[data-activity-form=\"{node}\"]");
        await Expect(form).ToBeVisibleAsync();
        await fill(form);
    }

    /// <summary>Opens the page again until what the background work makes shows (the host's scheduler polls each second).</summary>
    private static async Task ReloadUntilAsync(IPage page, string url, ILocator shown)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await page.GotoAsync(url);
            if (await shown.CountAsync() > 0) return;
            await Task.Delay(500);
        }
        await Expect(shown.First).ToBeVisibleAsync();
    }

    private static async Task<IReadOnlyList<ContentItem>> ItemsAsync(ContentQuery query, string type, string filter) =>
        (await query.QueryAsync(new ContentQueryRequest { ContentType = type, Filter = FilterText.Parse(filter) })).Items;
}
