using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Contents;

/// <summary>
/// Issue "Admin UI" item 8, the board and the import: a card dragged to another column in a real browser, and a
/// 1,000-row CSV file taken through upload, column mapping, the polled progress page and the final report.
/// The two Customer-like types come from a recipe run through the host's services (modeling by the screens is covered by
/// <see cref="ContentModelingTests"/>); each test makes its own items, so the two can run in any order.
/// </summary>
public sealed class KanbanAndImportTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    /// <summary>A Customer-like type: Name (required), Email, Stage (single choice, the board's columns), Employees (min 0).</summary>
    private static string CustomerLikeRecipe(string type) => $$$"""
        {
          "name": "browser-{{{type}}}",
          "steps": [
            {
              "name": "ContentDefinition",
              "ContentTypes": [
                {
                  "Name": "{{{type}}}", "DisplayName": "{{{type}}}",
                  "Settings": {
                    "ContentTypeSettings": { "Creatable": true, "Listable": true },
                    "CrmTypeSettings": { "DisplayText": "{{ Name }}", "KanbanField": "Stage", "ListColumns": [ "Name", "Email", "Stage", "Employees" ] }
                  },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "{{{type}}}", "Name": "{{{type}}}" } ]
                }
              ],
              "ContentParts": [
                {
                  "Name": "{{{type}}}",
                  "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Name", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Name", "Position": "0" }, "TextFieldSettings": { "Required": true } } },
                    { "FieldName": "EmailField", "Name": "Email", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Email", "Position": "1" } } },
                    { "FieldName": "ChoiceField", "Name": "Stage", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Stage", "Position": "2" }, "ChoiceFieldSettings": {
                        "Options": [ { "Value": "Target", "Label": "Target" }, { "Value": "Prospect", "Label": "Prospect" }, { "Value": "Customer", "Label": "Customer" } ] } } },
                    { "FieldName": "NumberField", "Name": "Employees", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Employees", "Position": "3" }, "NumberFieldSettings": { "Min": 0 } } }
                  ]
                }
              ]
            }
          ]
        }
        """;

    // Two types of the same shape, so the tests do not see each other's items whichever runs first.
    private const string BoardType = "Account";
    private const string ImportType = "Customer";

    private static readonly SemaphoreSlim ModelLock = new(1, 1);
    private static readonly HashSet<Uri> Modeled = [];

    /// <summary>Runs the recipe once per server (the fixture is shared by the tests of this class).</summary>
    public async ValueTask InitializeAsync()
    {
        Chromium.RequireInstalled();
        await ModelLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!Modeled.Add(browser.BaseAddress)) return;
            foreach (var type in new[] { BoardType, ImportType })
            {
                await browser.InDefaultTenantAsync(s => s.GetRequiredService<RecipeExecutor>()
                    .ExecuteAsync(RecipeParser.Parse(CustomerLikeRecipe(type), $"browser-{type}"), CancellationToken.None));
            }
        }
        finally
        {
            ModelLock.Release();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_card_dragged_to_another_column_stays_there_after_a_reload_and_the_item_timeline_shows_the_stage_change()
    {
        var acme = await CreateItemAsync("Acme Kanban", "Target");
        await CreateItemAsync("Birch Kanban", "Target");
        await CreateItemAsync("Cobalt Kanban", "Prospect");
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" })).ToBeVisibleAsync();

        await page.GotoAsync("contents/Account/kanban");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Account board" })).ToBeVisibleAsync();
        await Expect(Column(page, "Target").Locator("[data-column-count]")).ToHaveTextAsync("2");
        await Expect(Column(page, "Prospect").Locator("[data-column-count]")).ToHaveTextAsync("1");
        await Expect(Card(page, "Target", "Acme Kanban")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "kanban-before-drag");

        // A real HTML5 drag (mouse down on the card, moves, drop on the other column's card list); the page's script
        // then posts the move with fetch. The response is awaited so the reload below cannot race the save.
        var move = await page.RunAndWaitForResponseAsync(
            () => DragCardAsync(Card(page, "Target", "Acme Kanban"), Column(page, "Prospect")),
            response => response.Request.Method == "POST" && response.Url.EndsWith($"/contents/Account/{acme}/move", StringComparison.Ordinal));
        Assert.True(move.Status == 200, $"The move was refused: {move.Status} {await move.TextAsync()}");
        // The script moved the card and recounted both columns, and says nothing went wrong.
        await Expect(Card(page, "Prospect", "Acme Kanban")).ToBeVisibleAsync();
        await Expect(Column(page, "Target").Locator("[data-column-count]")).ToHaveTextAsync("1");
        await Expect(Column(page, "Prospect").Locator("[data-column-count]")).ToHaveTextAsync("2");
        await Expect(page.Locator("[data-kanban-alert]")).ToBeHiddenAsync();

        // The move was saved: after a reload the card is still in its new column, and only there.
        await page.ReloadAsync();
        await Expect(Card(page, "Prospect", "Acme Kanban")).ToBeVisibleAsync();
        await Expect(Card(page, "Target", "Acme Kanban")).ToHaveCountAsync(0);
        await Expect(Card(page, "Target", "Birch Kanban")).ToBeVisibleAsync();
        await Expect(Column(page, "Prospect").Locator("[data-column-count]")).ToHaveTextAsync("2");
        await Expect(Card(page, "Prospect", "Acme Kanban").GetByLabel("Move to")).ToHaveValueAsync("Prospect");
        await BrowserFixture.ScreenshotAsync(page, "kanban-after-drag");

        // The item's timeline records the move as an edit of the stage, newest first.
        await Card(page, "Prospect", "Acme Kanban").GetByRole(AriaRole.Link, new() { Name = "Acme Kanban" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/contents/Account/{acme}$"));
        var entries = page.Locator("[data-timeline] li.list-group-item");
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.First.GetByText("Updated", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(entries.First.Locator("[data-change='Stage']")).ToHaveTextAsync("Stage: Target → Prospect");
        await Expect(entries.Last.GetByText("Created", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "kanban-moved-item-timeline");
    }

    [Fact]
    public async Task A_thousand_row_CSV_with_three_bad_rows_imports_the_other_997_and_reports_the_three_by_row_and_field()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" }).GetByRole(AriaRole.Link, new() { Name = "Customer", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/contents/Customer$"));

        // --- Upload, keeping the valid rows and creating an item for every row even when it looks like a duplicate.
        await page.GetByRole(AriaRole.Link, new() { Name = "Import CSV" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import Customer" })).ToBeVisibleAsync();
        await page.GetByLabel("CSV file (UTF-8, first row = column names)").SetInputFilesAsync(new FilePayload
        {
            Name = "customers.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(ThousandRowCsv()),
        });
        await page.GetByLabel("Import the valid rows and report the others").CheckAsync();
        await page.GetByLabel("Create a new item anyway").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next: map columns" }).ClickAsync();

        // --- The mapping page proposes the field of the same name for each column and keeps the chosen options.
        await Expect(page.GetByText("customers.csv: 1,000 rows. Choose the field each column fills.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Customer.Name");
        await Expect(page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync("Customer.Email");
        await Expect(page.GetByLabel("Stage", new() { Exact = true })).ToHaveValueAsync("Customer.Stage");
        await Expect(page.GetByLabel("Employees", new() { Exact = true })).ToHaveValueAsync("Customer.Employees");
        await Expect(page.GetByLabel("Import the valid rows and report the others")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Create a new item anyway")).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, "import-mapping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        // --- The job page polls itself (htmx, every second) until the job is done; no reload is needed.
        await Expect(page).ToHaveURLAsync(new Regex("/contents/Customer/import/[0-9a-f]{24}$"));
        var jobUrl = page.Url;
        var progress = page.Locator("#import-progress");
        await Expect(progress).ToHaveAttributeAsync("data-done", "true", new() { Timeout = 120_000 });
        Assert.Equal(jobUrl, page.Url);
        await Expect(progress.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The import is finished.");
        await Expect(progress.GetByRole(AriaRole.Progressbar, new() { Name = "Import progress" })).ToHaveAttributeAsync("aria-valuenow", "100");
        await Expect(progress.Locator("[data-count='read']")).ToHaveTextAsync("1,000 / 1,000");
        await Expect(progress.Locator("[data-count='created']")).ToHaveTextAsync("997");
        await Expect(progress.Locator("[data-count='updated']")).ToHaveTextAsync("0");
        await Expect(progress.Locator("[data-count='skipped']")).ToHaveTextAsync("0");
        await Expect(progress.Locator("[data-count='failed']")).ToHaveTextAsync("3");

        // Rows are numbered as in a spreadsheet: the header is row 1, so data row 100 is row 101.
        var errors = progress.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Problem" }) });
        await Expect(errors.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Row", "Column or field", "Problem"]);
        var rows = errors.Locator("tbody").GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(3);
        await ExpectErrorRowAsync(rows.Nth(0), "101", "Name", "is required");
        await ExpectErrorRowAsync(rows.Nth(1), "501", "Stage", "'Lead' is not one of the options (Target, Prospect, Customer)");
        await ExpectErrorRowAsync(rows.Nth(2), "901", "Employees", "must be at least 0");
        await BrowserFixture.ScreenshotAsync(page, "import-report");

        // --- The list counts the 997 new customers.
        await progress.GetByRole(AriaRole.Link, new() { Name = "Back to the list" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/contents/Customer$"));
        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("997 items");
        Assert.Equal(997, await CountAsync(ImportType));
        await BrowserFixture.FilterAsTextAsync(page, "Name:eq:Firm 102");
        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("1 items");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Firm 102", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Header Name,Email,Stage,Employees; data rows 100 (no name), 500 (stage "Lead") and 900 (-5 employees) are bad.</summary>
    private static string ThousandRowCsv()
    {
        string[] stages = ["Target", "Prospect", "Customer"];
        var csv = new StringBuilder("Name,Email,Stage,Employees\n");
        for (var i = 1; i <= 1000; i++)
        {
            var name = i == 100 ? "" : $"Firm {i}";
            var stage = i == 500 ? "Lead" : stages[i % 3];
            var employees = i == 900 ? "-5" : (i % 50).ToString(CultureInfo.InvariantCulture);
            csv.Append($"{name},firm{i}@example.com,{stage},{employees}\n");
        }
        return csv.ToString();
    }

    private static async Task ExpectErrorRowAsync(ILocator row, string number, string field, string problem)
    {
        var cells = row.GetByRole(AriaRole.Cell);
        await Expect(cells).ToHaveCountAsync(3);
        await Expect(cells.Nth(0)).ToHaveTextAsync(number);
        // The field's display name, whichever step found the problem.
        await Expect(cells.Nth(1)).ToHaveTextAsync(field);
        await Expect(cells.Nth(2)).ToHaveTextAsync(problem);
    }

    private async Task<long> CountAsync(string type)
    {
        long count = 0;
        await browser.InDefaultTenantAsync(async s => count = await s.GetRequiredService<TenantDb>()
            .ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_items WHERE content_type = @type", new { type }));
        return count;
    }

    /// <summary>
    /// Drags the card by its own padding (its middle is the link or the "move to" form, which would drag a link or
    /// open the select) and drops it on the column's card list, below any cards there.
    /// </summary>
    private static Task DragCardAsync(ILocator card, ILocator column) =>
        card.DragToAsync(column.Locator("[data-cards]"), new() { SourcePosition = new() { X = 3, Y = 3 } });

    /// <summary>A board column: a section labelled with the option's label.</summary>
    private static ILocator Column(IPage page, string label) => page.GetByRole(AriaRole.Region, new() { Name = label, Exact = true });

    private static ILocator Card(IPage page, string column, string name) =>
        Column(page, column).GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    private async Task<string> CreateItemAsync(string name, string stage)
    {
        string id = "";
        await browser.InDefaultTenantAsync(async s => id = (await s.GetRequiredService<ContentManager>()
            .CreateAsync(BoardType, new JsonObject { ["Name"] = name, ["Stage"] = stage })).Id);
        return id;
    }
}
