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
/// Issue "Admin UI" item 4, relation pickers with search: the item form's tom-select asks the server as the user types,
/// the chosen item is saved, and the detail page links to it.
/// </summary>
public sealed class RelationPickerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Recipe = """
        {
          "name": "browser-contacts",
          "steps": [
            {
              "name": "ContentDefinition",
              "ContentTypes": [
                { "Name": "Company", "DisplayName": "Company",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true }, "CrmTypeSettings": { "DisplayText": "{{ Name }}" } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "Company", "Name": "Company" } ] },
                { "Name": "Contact", "DisplayName": "Contact",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true }, "CrmTypeSettings": { "DisplayText": "{{ Name }}" } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "Contact", "Name": "Contact" } ] }
              ],
              "ContentParts": [
                { "Name": "Company", "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Name", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Name" }, "TextFieldSettings": { "Required": true } } } ] },
                { "Name": "Contact", "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Name", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Name", "Position": "0" }, "TextFieldSettings": { "Required": true } } },
                    { "FieldName": "ContentPickerField", "Name": "Employer", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Employer", "Position": "1" },
                        "ContentPickerFieldSettings": { "RelatedTypes": [ "Company" ] } } } ] }
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
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(Recipe, "browser-contacts"), CancellationToken.None);
            var manager = s.GetRequiredService<ContentManager>();
            foreach (var name in new[] { "Acme Robotics", "Birch Foods", "Cobalt Labs" }) await manager.CreateAsync("Company", new JsonObject { ["Name"] = name });
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Typing_in_the_relation_picker_searches_the_server_and_the_chosen_company_shows_on_the_contact()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" })).ToBeVisibleAsync();
        await page.GotoAsync("contents/Contact/new");
        await page.Locator("#field-Contact-Name").FillAsync("Jane Park");

        // tom-select replaces the select with a search box; typing asks GET .../Contact.Employer/options?q=bir.
        var search = page.Locator("#field-Contact-Employer-ts-control");
        await search.ClickAsync();
        var options = await page.RunAndWaitForResponseAsync(
            () => search.PressSequentiallyAsync("bir"),
            response => response.Url.Contains("/contents/Contact/Contact.Employer/options?q=bir", StringComparison.Ordinal));
        Assert.Equal(200, options.Status);
        var choices = page.Locator(".ts-dropdown .option");
        await Expect(choices).ToHaveTextAsync(["Birch Foods"]);
        await BrowserFixture.ScreenshotAsync(page, "relation-picker-search");
        await choices.First.ClickAsync();
        await Expect(page.Locator(".ts-control .item")).ToHaveTextAsync("Birch Foods");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/contents/Contact/[0-9A-Z]{26}"));
        var employer = page.GetByRole(AriaRole.Link, new() { Name = "Birch Foods", Exact = true });
        await Expect(employer).ToBeVisibleAsync();
        await Expect(employer).ToHaveAttributeAsync("href", new Regex("/contents/Company/[0-9A-Z]{26}$"));
        await BrowserFixture.ScreenshotAsync(page, "relation-picker-saved");
    }
}
