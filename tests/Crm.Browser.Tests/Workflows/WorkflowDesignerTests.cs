using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Infrastructure;
using Crm.Core.Content.Store;
using Crm.Core.Recipes;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Workflows;

/// <summary>
/// Issue "Workflows" items 2, 6 and 8: an admin builds a three-step workflow on the canvas by drag and drop (a ContentCreated
/// trigger → Create item → Log), connects the outcomes, fills the settings, publishes, triggers it by creating an item in
/// the screens, and watches the instance's history once the host's own background scheduler has run it; an admin test-runs
/// a sweep workflow against a chosen item and runs its sweep now from the workflow list.
/// </summary>
public sealed class WorkflowDesignerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Model = """
        { "name": "browser-workflow-model", "steps": [ { "name": "ContentDefinition",
            "ContentTypes": [
              { "Name": "Lead", "DisplayName": "Lead", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true }, "CrmTypeSettings": { "DisplayText": "{{ Name }}" } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "Lead", "Name": "Lead" } ] },
              { "Name": "FollowUp", "DisplayName": "Follow-up", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true }, "CrmTypeSettings": { "DisplayText": "{{ Subject }}" } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "FollowUp", "Name": "FollowUp" } ] } ],
            "ContentParts": [
              { "Name": "Lead", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Name", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Name" }, "TextFieldSettings": { "Required": true } } } ] },
              { "Name": "FollowUp", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Subject", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Subject" } } } ] } ] } ] }
        """;

    /// <summary>Members (a type of this test's own, so the other test's Lead workflow never fires) and a published win-back sweep over them.</summary>
    private const string Members = """
        { "name": "browser-workflow-members", "steps": [
          { "name": "ContentDefinition",
            "ContentTypes": [ { "Name": "Member", "DisplayName": "Member", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true }, "CrmTypeSettings": { "DisplayText": "{{ Name }}" } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "Member", "Name": "Member" } ] } ],
            "ContentParts": [ { "Name": "Member", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Name", "Settings": { "TextFieldSettings": { "Required": true } } } ] } ] },
          { "name": "WorkflowType", "Workflows": [ { "name": "WinBackMembers", "displayName": "Win back members",
              "activities": [
                { "id": "sweep", "type": "Sweep", "isStart": true, "x": 40, "y": 40, "properties": { "contentType": "Member", "schedule": "0 8 1 1 *", "dedupeKey": "{Id}" } },
                { "id": "log", "type": "Log", "x": 40, "y": 200, "properties": { "message": "win back {{ item.Name }}" } } ],
              "transitions": [ { "source": "sweep", "outcome": "Done", "destination": "log" } ] } ] } ] }
        """;

    public async ValueTask InitializeAsync()
    {
        Chromium.RequireInstalled();
        await browser.InDefaultTenantAsync(s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(Model, "browser-workflow-model"), CancellationToken.None));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task DropAsync(IPage page, string type, int x, int y)
    {
        var canvas = page.Locator("[data-designer-canvas]");
        await page.Locator($"[data-palette-type={type}]").DragToAsync(canvas, new() { TargetPosition = new() { X = x, Y = y } });
    }

    private static ILocator Node(IPage page, string id) => page.Locator($"[data-designer-canvas] [data-cell-id=\"{id}\"]");

    /// <summary>Drags from an outcome's port (the dot under the node) onto the next activity, as a person does with the mouse.</summary>
    private static async Task ConnectAsync(IPage page, string from, string outcome, string to)
    {
        var port = await Node(page, from).Locator($"[port=\"out:{outcome}\"]").BoundingBoxAsync() ?? throw new InvalidOperationException($"{from} has no {outcome} port.");
        var target = await Node(page, to).BoundingBoxAsync() ?? throw new InvalidOperationException($"No node {to}.");
        await page.Mouse.MoveAsync(port.X + port.Width / 2, port.Y + port.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    private static async Task SettingsAsync(IPage page, string node, Func<ILocator, Task> fill)
    {
        await Node(page, node).ClickAsync();
        var form = page.Locator($"[data-activity-form=\"{node}\"]");
        await Expect(form).ToBeVisibleAsync();
        await fill(form);
    }

    [Fact]
    public async Task An_admin_builds_a_workflow_by_drag_and_drop_publishes_it_triggers_it_and_sees_its_history()
    {
        var page = await browser.NewPageAsync();
        // Tall enough that the whole palette and the canvas fit: a drag that scrolls the page starts over another palette item.
        await page.SetViewportSizeAsync(1280, 1600);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await BrowserFixture.SignInAsync(page);
        await page.GotoAsync("admin/workflows");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("GreetLead");
        await page.GetByLabel("Display name").FillAsync("Greet new leads");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create and open the designer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/workflows/[0-9A-Z]{26}/designer$"));

        await DropAsync(page, "ContentCreated", 200, 60);
        await DropAsync(page, "CreateContent", 200, 220);
        await DropAsync(page, "Log", 200, 380);
        await Expect(page.Locator("[data-designer-canvas] .x6-node")).ToHaveCountAsync(3);

        await SettingsAsync(page, "contentCreated1", form => form.Locator("#wf-prop-contentType").SelectOptionAsync("Lead"));
        await SettingsAsync(page, "createContent1", async form =>
        {
            await form.Locator("#wf-prop-contentType").SelectOptionAsync("FollowUp");
            await form.Locator("#wf-prop-values").FillAsync("{ \"Subject\": \"Call {{ item.Name }}\" }");
        });
        await SettingsAsync(page, "log1", form => form.Locator("#wf-prop-message").FillAsync("follow-up {{ outputs.createContent1.DisplayText }}"));
        // Not yet connected: the validator marks the unreachable activities on the canvas.
        await Expect(Node(page, "log1").Locator("[data-problem]")).ToHaveAttributeAsync("data-problem", new Regex("cannot be reached"));

        await ConnectAsync(page, "contentCreated1", "Done", "createContent1");
        await ConnectAsync(page, "createContent1", "Done", "log1");
        await Expect(page.Locator("[data-designer-canvas] .x6-edge")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-problems]")).ToHaveTextAsync("No problems.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.Locator("[data-designer-status]")).ToHaveTextAsync("Published version 1.");
        await Expect(page.Locator("#workflow-versions [data-version=\"1\"]")).ToContainTextAsync("admin");
        await BrowserFixture.ScreenshotAsync(page, "workflow-designer");

        // Triggered through the screens; the host's background scheduler (1 s poll) runs the instance.
        await page.GotoAsync("contents/Lead/new");
        await page.Locator("#field-Lead-Name").FillAsync("Hana Kim");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/contents/Lead/[0-9A-Z]{26}"));

        // This workflow's row: the class's other test runs a sweep whose instances finish here too.
        var finished = page.Locator("[data-instances] tr[data-status=Finished]").Filter(new() { HasText = "Greet new leads" }).Locator("a");
        for (var attempt = 0; attempt < 30 && await finished.CountAsync() == 0; attempt++)
        {
            await page.GotoAsync("admin/workflows/instances");
            if (await finished.CountAsync() == 0) await Task.Delay(500);
        }
        await finished.First.ClickAsync();
        var history = page.Locator("[data-history] li");
        await Expect(history).ToHaveCountAsync(3);
        await Expect(history.Nth(2)).ToContainTextAsync("follow-up Call Hana Kim");
        await Expect(page.Locator("[data-workflow-canvas] [data-ran]")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, "workflow-instance");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_admin_test_runs_a_sweep_against_a_chosen_item_and_runs_the_published_sweep_now()
    {
        string mina = "";
        await browser.InDefaultTenantAsync(async s =>
        {
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(Members, "browser-workflow-members"), CancellationToken.None);
            var content = s.GetRequiredService<ContentManager>();
            mina = (await content.CreateAsync("Member", new JsonObject { ["Name"] = "Mina Park" })).Id;
            await content.CreateAsync("Member", new JsonObject { ["Name"] = "Jun Lee" });
        });
        var workflow = "";
        await browser.InDefaultTenantAsync(async s => workflow = (await s.GetRequiredService<WorkflowStore>().FindAsync("WinBackMembers"))!.Id);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 1200);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await BrowserFixture.SignInAsync(page);

        await page.GotoAsync($"admin/workflows/{workflow}/designer");
        await Expect(page.Locator($"[data-test-items] option[value=\"{mina}\"]")).ToHaveCountAsync(1);
        await page.Locator("[data-test-items]").SelectOptionAsync(mina);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run test" }).ClickAsync();
        await Expect(page.Locator("[data-designer-status]")).ToHaveTextAsync("Test run: Finished");
        var steps = page.Locator("[data-test-log] li");
        await Expect(steps).ToHaveCountAsync(2);
        await Expect(steps.Nth(0)).ToHaveAttributeAsync("data-test-step", "sweep");
        await Expect(steps.Nth(1)).ToHaveTextAsync("log → Done: win back Mina Park");
        await Expect(page.Locator("[data-workflow-canvas] [data-ran]")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "workflow-test-run");

        await page.GotoAsync("admin/workflows");
        var runNow = page.Locator("tr[data-workflow=WinBackMembers]").GetByRole(AriaRole.Button, new() { Name = "Run now" });
        await runNow.ClickAsync();
        var notice = page.Locator(".alert-success[role=status]");
        await Expect(notice).ToHaveTextAsync("'Win back members' ran now: 2 item(s) matched, 2 new instance(s) created.");
        await runNow.ClickAsync();
        await Expect(notice).ToHaveTextAsync("'Win back members' ran now: 2 item(s) matched, 0 new instance(s) created.");
        await BrowserFixture.ScreenshotAsync(page, "workflow-run-now");
        Assert.Empty(errors);
    }
}
