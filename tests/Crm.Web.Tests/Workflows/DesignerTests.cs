using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Workflows.WorkflowBrowsers;

namespace Crm.Web.Tests.Workflows;

public sealed class DesignerTests
{
    private const string Draft = """
        { "name": "Triage", "displayName": "Ticket triage",
          "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "x": 40, "y": 40, "properties": { "contentType": "Customer" } },
            { "id": "route", "type": "Switch", "x": 40, "y": 160, "properties": { "cases": { "Vip": "item.Grade == 'A'", "Big": "item.Employees > 100" } } },
            { "id": "note", "type": "Log", "x": 40, "y": 280, "properties": { "message": "VIP {{ item.Name }}" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "route" }, { "source": "route", "outcome": "Vip", "destination": "note" } ] }
        """;

    private static async Task<(WorkflowTestHost Host, HttpClient Admin, string Token, string Id)> StartAsync(DatabaseProvider provider)
    {
        var host = await WorkflowTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, "/admin/workflows", token, ("name", "Triage"))).StatusCode);
        var type = await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().FindAsync("Triage"));
        return (host, admin, token, type!.Id);
    }

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_page_carries_the_draft_and_the_tenants_activities_grouped_by_category(DatabaseProvider provider)
    {
        var (host, admin, _, id) = await StartAsync(provider);
        await using var _ = host;
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/workflows/{id}/designer"));
        Assert.Contains("/lib/x6/x6.min.js", page);
        Assert.Contains("/js/workflow-designer.js", page);
        Assert.Matches("<h2[^>]*>People</h2>\\s*<div[^>]*>\\s*<div[^>]*data-palette-type=\"Notify\"", page);
        Assert.Matches("<h2[^>]*>Triggers</h2>[\\s\\S]*?data-palette-type=\"Sweep\"", page);
        Assert.Contains("\"kind\":\"ContentType\"", page);
        Assert.Contains("\"options\":[\"Administrator\",\"Agent\",\"Manager\",\"Marketer\",\"SalesRep\"]", page); // Notify's roles, from the tenant
        Assert.Contains("{\"name\":\"Customer\",\"displayName\":\"Customer\"}", page);
        Assert.Contains("Not published yet.", page);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/nope/designer")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Validate_answers_problems_by_activity_and_the_outcomes_each_activity_has_for_its_settings(DatabaseProvider provider)
    {
        var (host, admin, token, id) = await StartAsync(provider);
        await using var _ = host;
        var check = await JsonAsync(await PostJsonAsync(admin, $"/admin/workflows/{id}/validate", token, Draft.Replace("\"Customer\"", "\"\"")));
        Assert.Equal(["Vip", "Big", "Default"], check["outcomes"]!["route"]!.AsArray().Select(o => o!.GetValue<string>()));
        var problem = Assert.Single(check["problems"]!.AsArray());
        Assert.Equal(("created", "properties.contentType", "contentType is required."),
            (problem!["activityId"]!.GetValue<string>(), problem["path"]!.GetValue<string>(), problem["message"]!.GetValue<string>()));

        var notJson = await PostJsonAsync(admin, $"/admin/workflows/{id}/validate", token, "{ nope");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.StartsWith("The body is not JSON", (await JsonAsync(notJson))["message"]!.GetValue<string>());
        var notWorkflow = await PostJsonAsync(admin, $"/admin/workflows/{id}/validate", token, "{ \"activities\": 3 }");
        Assert.Equal(HttpStatusCode.BadRequest, notWorkflow.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(admin, "/admin/workflows/nope/validate", token, Draft)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_keeps_the_draft_under_its_own_name_and_publish_adds_a_version_or_answers_every_problem(DatabaseProvider provider)
    {
        var (host, admin, token, id) = await StartAsync(provider);
        await using var _ = host;
        var saved = await PostJsonAsync(admin, $"/admin/workflows/{id}/draft", token, Draft.Replace("\"Triage\"", "\"Renamed\""));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var type = await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().FindAsync(id));
        Assert.Equal(("Triage", "Ticket triage", 3), (type!.Name, type.DisplayName, type.Draft.Activities.Count));
        Assert.Null(await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().FindAsync("Renamed")));

        var refused = await PostJsonAsync(admin, $"/admin/workflows/{id}/publish", token, Draft.Replace("\"VIP {{ item.Name }}\"", "\"{% if %}\""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains((await JsonAsync(refused))["problems"]!.AsArray(), p => p!["activityId"]!.GetValue<string>() == "note" && p["path"]!.GetValue<string>() == "properties.message");
        Assert.Null((await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().FindAsync(id)))!.PublishedVersion);

        var published = await PostJsonAsync(admin, $"/admin/workflows/{id}/publish", token, Draft);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(1, (await JsonAsync(published))["version"]!.GetValue<int>());
        var versions = await admin.GetStringAsync($"/admin/workflows/{id}/versions");
        Assert.Matches("data-version=\"1\">\\s*<strong>v1</strong>\\s*<span[^>]*>2026-11-23 00:00:00Z</span>\\s*<span[^>]*>admin</span>", versions);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/nope/versions")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sweep_start_previews_its_count_and_a_sample_and_test_items_list_a_types_items(DatabaseProvider provider)
    {
        var (host, admin, token, id) = await StartAsync(provider);
        await using var _ = host;
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Beta", "Stage": "Prospect" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Cobalt", "Stage": "Target" }""");

        var preview = await JsonAsync(await PostJsonAsync(admin, $"/admin/workflows/{id}/sweep-preview", token,
            """{ "id": "sweep", "type": "Sweep", "properties": { "contentType": "Customer", "filter": "Stage:eq:Prospect", "schedule": "0 8 * * *" } }"""));
        Assert.Equal(2, preview["count"]!.GetValue<long>());
        Assert.Equal(["Acme", "Beta"], preview["sample"]!.AsArray().Select(s => s!["displayText"]!.GetValue<string>()).Order());
        var badFilter = await PostJsonAsync(admin, $"/admin/workflows/{id}/sweep-preview", token, """{ "id": "s", "type": "Sweep", "properties": { "contentType": "Customer", "filter": "Nope:eq:1" } }""");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        var notSweep = await PostJsonAsync(admin, $"/admin/workflows/{id}/sweep-preview", token, """{ "id": "l", "type": "Log" }""");
        Assert.Equal("Only a Sweep start has a preview.", (await JsonAsync(notSweep))["message"]!.GetValue<string>());

        var items = JsonNode.Parse(await admin.GetStringAsync($"/admin/workflows/{id}/test-items?contentType=Customer"))!.AsArray();
        Assert.Equal(["Acme", "Beta", "Cobalt"], items.Select(i => i!["displayText"]!.GetValue<string>()).Order());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/admin/workflows/{id}/test-items?contentType=Nope")).StatusCode);
    }

    [Fact]
    public async Task Only_workflow_managers_reach_the_designer_and_every_post_needs_the_token()
    {
        var (host, admin, _, id) = await StartAsync(DatabaseProvider.Sqlite);
        await using var owned = host;
        var rep = await StaffAsync(host, admin, "rep", "SalesRep");
        var repToken = await TokenAsync(rep, "/admin");
        AssertDenied(await rep.GetAsync($"/admin/workflows/{id}/designer"), "designer");
        AssertDenied(await rep.GetAsync($"/admin/workflows/{id}/versions"), "versions");
        AssertDenied(await rep.GetAsync($"/admin/workflows/{id}/test-items?contentType=Customer"), "test items");
        foreach (var action in new[] { "validate", "draft", "publish", "sweep-preview", "test-run" })
        {
            AssertDenied(await PostJsonAsync(rep, $"/admin/workflows/{id}/{action}", repToken, Draft), "rep " + action);
            var forged = await PostJsonAsync(admin, $"/admin/workflows/{id}/{action}", null, Draft);
            Assert.True(forged.StatusCode == HttpStatusCode.BadRequest, $"{action} without token: {forged.StatusCode}");
        }
        var type = await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().FindAsync(id));
        Assert.Empty(type!.Draft.Activities);
        Assert.Null(type.PublishedVersion);
        Assert.Equal(0L, await host.Content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM workflow_versions")));
    }
}
