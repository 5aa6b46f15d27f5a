using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Crm.Core.Content.Store;
using Crm.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Contents;

/// <summary>
/// Issue "Admin UI" item 4, the list's filter builder: conditions built from selects and inputs in a real browser,
/// written as filter text into the URL, applied by the server, and shown again as rows after the reload.
/// </summary>
public sealed class FilterBuilderTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Recipe = """
        {
          "name": "browser-deals",
          "steps": [
            {
              "name": "ContentDefinition",
              "ContentTypes": [
                {
                  "Name": "Deal", "DisplayName": "Deal",
                  "Settings": {
                    "ContentTypeSettings": { "Creatable": true, "Listable": true },
                    "CrmTypeSettings": { "DisplayText": "{{ Name }}", "ListColumns": [ "Name", "Stage", "Amount" ] }
                  },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "Deal", "Name": "Deal" } ]
                }
              ],
              "ContentParts": [
                {
                  "Name": "Deal",
                  "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Name", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Name", "Position": "0" }, "TextFieldSettings": { "Required": true } } },
                    { "FieldName": "ChoiceField", "Name": "Stage", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Stage", "Position": "1" }, "ChoiceFieldSettings": {
                        "Options": [ { "Value": "Target", "Label": "Target" }, { "Value": "Prospect", "Label": "Prospect" }, { "Value": "Customer", "Label": "Customer" } ] } } },
                    { "FieldName": "NumberField", "Name": "Amount", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Amount", "Position": "2" } } }
                  ]
                }
              ]
            }
          ]
        }
        """;

    public async ValueTask InitializeAsync()
    {
        Chromium.RequireInstalled();
        await browser.InDefaultTenantAsync(async s =>
        {
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(Recipe, "browser-deals"), CancellationToken.None);
            var manager = s.GetRequiredService<ContentManager>();
            foreach (var (name, stage, amount) in new[] { ("North Deal", "Prospect", 250), ("South Deal", "Prospect", 50), ("East Deal", "Target", 500), ("West Deal", "Customer", 80) })
            {
                await manager.CreateAsync("Deal", new JsonObject { ["Name"] = name, ["Stage"] = stage, ["Amount"] = amount });
            }
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Stage_is_Prospect_and_amount_over_100_built_with_the_builder_shows_only_the_matching_deal()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" })).ToBeVisibleAsync();
        await page.GotoAsync("contents/Deal");
        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("4 items");

        var rows = page.Locator("[data-filter-rows] [data-filter-row]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add condition" }).ClickAsync();
        await rows.Nth(0).GetByLabel("Field", new() { Exact = true }).SelectOptionAsync("Stage");
        await Expect(rows.Nth(0).GetByLabel("Operator")).ToHaveValueAsync("eq");
        await rows.Nth(0).GetByLabel("Value", new() { Exact = true }).SelectOptionAsync("Prospect");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add condition" }).ClickAsync();
        await rows.Nth(1).GetByLabel("Field", new() { Exact = true }).SelectOptionAsync("Amount");
        await rows.Nth(1).GetByLabel("Operator").SelectOptionAsync(new SelectOptionValue { Label = "greater than (>)" });
        await rows.Nth(1).GetByLabel("Value", new() { Exact = true }).FillAsync("100");
        // The builder writes the filter language into the text form, which is what the form sends.
        await Expect(page.GetByLabel("Filter text")).ToHaveValueAsync("Stage:eq:Prospect,Amount:gt:100");
        await BrowserFixture.ScreenshotAsync(page, "filter-builder-rows");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("filter=Stage%3Aeq%3AProspect%2CAmount%3Agt%3A100"));
        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("1 items");
        await Expect(page.Locator("tbody tr[data-item]").GetByRole(AriaRole.Link)).ToHaveTextAsync(["North Deal"]);
        // The reloaded page shows the same two rows, built by the server from the URL.
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0).GetByLabel("Field", new() { Exact = true })).ToHaveValueAsync("Stage");
        await Expect(rows.Nth(0).GetByLabel("Value", new() { Exact = true })).ToHaveValueAsync("Prospect");
        await Expect(rows.Nth(1).GetByLabel("Operator")).ToHaveValueAsync("gt");
        await Expect(rows.Nth(1).GetByLabel("Value", new() { Exact = true })).ToHaveValueAsync("100");
        await BrowserFixture.ScreenshotAsync(page, "filter-builder-applied");

        // Either condition: the prospects and the big target deal, not the small customer deal.
        await page.GetByLabel("Match").SelectOptionAsync("or");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("filter=or%28Stage%3Aeq%3AProspect%2CAmount%3Agt%3A100%29"));
        await Expect(page.Locator("[data-count]")).ToHaveTextAsync("3 items");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "West Deal" })).ToHaveCountAsync(0);

        // Removing a row rewrites the filter.
        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Remove condition" }).ClickAsync();
        await Expect(page.GetByLabel("Filter text")).ToHaveValueAsync("Stage:eq:Prospect");
    }
}
