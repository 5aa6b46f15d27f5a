using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Contents;

/// <summary>
/// Issue "Admin UI" item 8: an admin models a new type in the type editor and then works with its items, all through
/// the forms of a real browser against the real host, in English and then in Korean.
/// </summary>
public sealed partial class ContentModelingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [GeneratedRegex("/contents/Lead/[0-9A-Z]{26}")]
    private static partial Regex LeadDetailUrl();

    [Fact]
    public async Task An_admin_models_a_Lead_type_and_then_creates_edits_filters_and_sorts_leads_in_English_and_Korean()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" });
        // The type does not exist yet, so neither does its menu entry.
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Content types", Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Lead", Exact = true })).ToHaveCountAsync(0);

        // --- The type editor: a new type with five fields of different kinds.
        await menu.GetByRole(AriaRole.Link, new() { Name = "Content types", Exact = true }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Lead");
        await page.GetByLabel("Display name", new() { Exact = true }).FillAsync("Lead");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create type" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Type 'Lead' created. Add its fields below.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lead Lead" })).ToBeVisibleAsync();

        await AddFieldAsync(page, "Name", "Text", "Name", required: true, screenshot: "type-editor-field-form");
        await AddFieldAsync(page, "Stage", "Choice", "Stage", options: "New\nQualified\nWon");
        await AddFieldAsync(page, "Budget", "Number", "Budget", min: "0");
        await AddFieldAsync(page, "FollowUpAt", "DateTime", "Follow-up at", indexed: true);
        await AddFieldAsync(page, "Website", "Link", "Website", unique: true);

        var fields = page.Locator("tr[data-field]");
        await Expect(fields).ToHaveCountAsync(5);
        await Expect(page.Locator("tr[data-field='Name']")).ToContainTextAsync("Required");
        await Expect(page.Locator("tr[data-field='FollowUpAt']")).ToContainTextAsync("indexed");
        await Expect(page.Locator("tr[data-field='Website']")).ToContainTextAsync("unique");
        await Expect(page.Locator("tr[data-field='Stage']")).ToContainTextAsync("Choice");

        // List columns and the kanban field: only the single choice field is offered for the board.
        var listColumns = page.GetByRole(AriaRole.Group, new() { Name = "List columns" });
        foreach (var column in new[] { "Name", "Stage", "Budget", "FollowUpAt" })
        {
            await listColumns.GetByLabel(column, new() { Exact = true }).CheckAsync();
        }
        var kanban = page.GetByLabel("Kanban field");
        await Expect(kanban.Locator("option")).ToHaveTextAsync(["(no kanban board)", "Stage"]);
        await kanban.SelectOptionAsync("Stage");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Settings saved.");
        await Expect(page.GetByLabel("Kanban field")).ToHaveValueAsync("Stage");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "List columns" }).GetByLabel("Stage", new() { Exact = true })).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, "type-editor-lead");

        // --- The list screen: the menu entry appears at once, without a restart.
        await menu.GetByRole(AriaRole.Link, new() { Name = "Lead", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/contents/Lead$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lead", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("No items match.")).ToBeVisibleAsync();

        // A lead without a name (and with a budget under the minimum) comes back with the messages next to the fields.
        await page.GetByRole(AriaRole.Link, new() { Name = "New Lead" }).ClickAsync();
        await page.GetByLabel("Budget").FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The item was not saved. Correct the fields marked below.");
        await Expect(page.Locator("[data-errors-for='Lead.Name']")).ToHaveTextAsync("is required");
        await Expect(page.Locator("[data-errors-for='Lead.Budget']")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("[data-errors-for='Lead.Stage']")).ToBeEmptyAsync();
        // The message is tied to its input for screen readers, and the refused value is kept.
        await Expect(page.GetByLabel("Name")).ToHaveAccessibleDescriptionAsync("is required");
        await Expect(page.GetByLabel("Budget")).ToHaveValueAsync("-5");
        await BrowserFixture.ScreenshotAsync(page, "lead-form-validation-error");

        await FillLeadAsync(page, "Acme Robotics", "Qualified", "5000", "2030-03-01T10:00", "https://acme.example");
        await SaveLeadAsync(page, "Acme Robotics");
        await CreateLeadAsync(page, "Birch Foods", "New", "1200", "2030-01-15T09:30", "https://birch.example");
        await CreateLeadAsync(page, "Cobalt Labs", "Won", "800", "2030-02-10T14:00", "");

        // Edit one: Birch Foods is qualified now.
        await GoToListAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Birch Foods", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit Birch Foods" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Stage")).ToHaveValueAsync("New");
        // The browser must accept the stored values in its typed inputs: a value it cannot parse shows empty and is lost on save.
        await Expect(page.GetByLabel("Budget")).ToHaveValueAsync("1200");
        await Expect(page.GetByLabel("Follow-up at")).ToHaveValueAsync("2030-01-15T09:30");
        await Expect(page.GetByLabel("Website")).ToHaveValueAsync("https://birch.example");
        await page.GetByLabel("Stage").SelectOptionAsync("Qualified");
        await SaveLeadAsync(page, "Birch Foods");
        await Expect(page.GetByText("version 2", new() { Exact = false })).ToBeVisibleAsync();
        var timeline = page.Locator("[data-timeline]");
        await Expect(timeline.Locator("li.list-group-item")).ToHaveCountAsync(2);
        // Newest first: the edit above the creation, with the change it made.
        var edit = timeline.Locator("li.list-group-item").First;
        await Expect(edit.GetByText("Updated", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(edit.Locator("[data-change='Stage']")).ToHaveTextAsync("Stage: New → Qualified");
        await Expect(timeline.Locator("li.list-group-item").Last.GetByText("Created", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "lead-detail-timeline");

        // The list: all three, then only the qualified ones through the filter box.
        await GoToListAsync(page);
        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("3 items");
        // The first column holds the bulk-action checkboxes ("Select"); then the list columns chosen in the editor.
        await Expect(page.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Select", "Name", "Stage", "Budget", "Follow-up at"]);
        await BrowserFixture.FilterAsTextAsync(page, "Stage:eq:Qualified");
        await Expect(page).ToHaveURLAsync(new Regex("filter=Stage%3Aeq%3AQualified"));
        // Without a sort the list keeps its default order, so only which rows show is checked here.
        await Expect(LeadNames(page)).ToHaveCountAsync(2);
        await Expect(LeadNames(page).GetByText("Acme Robotics", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(LeadNames(page).GetByText("Birch Foods", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("2 items");
        await BrowserFixture.ScreenshotAsync(page, "lead-list-filtered");

        // Sorting by the indexed date column, up and then down; the filter box is cleared first.
        await BrowserFixture.FilterAsTextAsync(page, "");
        await Expect(LeadNames(page)).ToHaveCountAsync(3);
        var followUpHeader = page.GetByRole(AriaRole.Columnheader, new() { Name = "Follow-up at" });
        await followUpHeader.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sort=FollowUpAt$"));
        await Expect(LeadNames(page)).ToHaveTextAsync(["Birch Foods", "Cobalt Labs", "Acme Robotics"]);
        await Expect(followUpHeader.GetByLabel("ascending")).ToBeVisibleAsync();
        await followUpHeader.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sort=FollowUpAt%20desc$"));
        await Expect(LeadNames(page)).ToHaveTextAsync(["Acme Robotics", "Cobalt Labs", "Birch Foods"]);
        await Expect(followUpHeader.GetByLabel("descending")).ToBeVisibleAsync();
        // The header without an index offers no sort link: the query would refuse it.
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Budget" }).GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "lead-list-sorted");

        // --- Korean: the language switch turns the list and the form Korean; the type's own names stay as modeled.
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "한국어" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page).ToHaveURLAsync(new Regex("/contents/Lead\\?sort=FollowUpAt%20desc$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "휴지통" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "새 Lead" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "적용", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("필터")).ToHaveAttributeAsync("placeholder", "필터 (예: Stage:eq:Prospect,Employees:gte:10)");
        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("3개 항목");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Follow-up at" }).GetByLabel("내림차순")).ToBeVisibleAsync();
        var koreanMenu = page.GetByRole(AriaRole.Navigation, new() { Name = "관리 메뉴" });
        await Expect(koreanMenu.GetByRole(AriaRole.Heading, new() { Name = "콘텐츠", Exact = true })).ToBeVisibleAsync();
        await Expect(koreanMenu.GetByRole(AriaRole.Link, new() { Name = "콘텐츠 유형", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "lead-list-korean");

        await page.GetByRole(AriaRole.Link, new() { Name = "새 Lead" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "새 Lead" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "저장", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("항목을 저장하지 못했습니다. 아래 표시된 항목을 고쳐 주세요.");
        // The kernel's field message comes in Korean too (Crm.Core ContentText.ko.resx).
        await Expect(page.Locator("[data-errors-for='Lead.Name']")).ToHaveTextAsync("필수 항목입니다");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "취소" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Stage").Locator("option").First).ToHaveTextAsync("(없음)");
        await BrowserFixture.ScreenshotAsync(page, "lead-form-korean");
    }

    /// <summary>Opens "Add field" on the type's page, fills the settings that apply, saves, and waits for the type page's notice.</summary>
    private static async Task AddFieldAsync(IPage page, string name, string kind, string displayName, bool required = false, bool indexed = false,
        bool unique = false, string? min = null, string? options = null, string? screenshot = null)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add field", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add field", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(kind);
        await page.GetByLabel("Display name", new() { Exact = true }).FillAsync(displayName);
        if (required) await page.GetByLabel("Required", new() { Exact = true }).CheckAsync();
        if (indexed) await page.GetByLabel("Indexed (fast filters and sorts; not for lists)").CheckAsync();
        if (unique) await page.GetByLabel("Unique (not for lists)").CheckAsync();
        if (min is not null) await page.GetByLabel("Min (Number, Money)").FillAsync(min);
        if (options is not null) await page.GetByLabel("Options (Choice)").FillAsync(options);
        if (screenshot is not null) await BrowserFixture.ScreenshotAsync(page, screenshot);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save field" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Field '{name}' saved.");
    }

    /// <summary>"New Lead" from the list, filled and saved; lands on the new lead's detail page.</summary>
    private static async Task CreateLeadAsync(IPage page, string name, string stage, string budget, string followUpAt, string website)
    {
        await GoToListAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "New Lead" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New Lead" })).ToBeVisibleAsync();
        await FillLeadAsync(page, name, stage, budget, followUpAt, website);
        await SaveLeadAsync(page, name);
    }

    private static async Task FillLeadAsync(IPage page, string name, string stage, string budget, string followUpAt, string website)
    {
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Stage").SelectOptionAsync(stage);
        await page.GetByLabel("Budget").FillAsync(budget);
        // datetime-local takes the ISO form whatever the browser's display locale.
        await page.GetByLabel("Follow-up at").FillAsync(followUpAt);
        await page.GetByLabel("Website").FillAsync(website);
    }

    private static async Task SaveLeadAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(LeadDetailUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true })).ToBeVisibleAsync();
    }

    private static async Task GoToListAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" }).GetByRole(AriaRole.Link, new() { Name = "Lead", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/contents/Lead$"));
    }

    /// <summary>The lead names in the list: the first cell holds the bulk-action checkbox, the second links to the lead.</summary>
    private static ILocator LeadNames(IPage page) => page.Locator("tbody tr[data-item] td:nth-child(2) a");
}
