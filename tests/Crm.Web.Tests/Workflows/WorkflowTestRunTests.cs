using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Workflows.WorkflowBrowsers;

namespace Crm.Web.Tests.Workflows;

public sealed class WorkflowTestRunTests
{
    /// <summary>Every kind of side effect the engine has here: a new item, a change to the item, a notification, a delay.</summary>
    private const string Onboarding = """
        { "name": "Onboarding",
          "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
            { "id": "todo", "type": "CreateContent", "properties": { "contentType": "Activity", "values": { "Subject": "Welcome {{ item.Name }}", "Customer": "{{ item.Id }}" } } },
            { "id": "promote", "type": "UpdateContent", "properties": { "values": { "Stage": "Customer" } } },
            { "id": "wait", "type": "Delay", "properties": { "duration": "3d" } },
            { "id": "tell", "type": "Notify", "properties": { "role": "SalesRep", "message": "{{ item.Name }} is onboarded" } },
            { "id": "done", "type": "Log", "properties": { "message": "to-do {{ outputs.todo.Id }}" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "todo" }, { "source": "todo", "outcome": "Done", "destination": "promote" },
                           { "source": "promote", "outcome": "Done", "destination": "wait" }, { "source": "wait", "outcome": "Done", "destination": "tell" },
                           { "source": "tell", "outcome": "Done", "destination": "done" } ] }
        """;

    private static Task<long> CountAsync(WorkflowTestHost host, string table) =>
        host.Content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}"));

    private static async Task<(HttpClient Admin, string Token, string Id)> DraftAsync(WorkflowTestHost host)
    {
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);
        await PostFormAsync(admin, "/admin/workflows", token, ("name", "Onboarding"));
        var type = await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().FindAsync("Onboarding"));
        return (admin, token, type!.Id);
    }

    private static string Body(string definition, string? itemId) =>
        new JsonObject { ["definition"] = JsonNode.Parse(definition), ["itemId"] = itemId }.ToJsonString();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_test_run_shows_every_step_and_its_path_and_writes_nothing(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var acme = await host.Content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect" }""");
        var (admin, token, id) = await DraftAsync(host);
        var activities = await host.Content.CountAsync("Activity");

        var response = await PostJsonAsync(admin, $"/admin/workflows/{id}/test-run", token, Body(Onboarding, acme.Id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Finished", result["status"]!.GetValue<string>());
        Assert.Equal(["created", "todo", "promote", "wait", "tell", "done"], result["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        var log = result["log"]!.AsArray();
        Assert.Contains("Activity", log[1]!["message"]!.GetValue<string>());
        Assert.Equal("test run: would wait until 2026-11-26T00:00:00.0000000Z", log[3]!["message"]!.GetValue<string>());
        Assert.Equal("test run: would notify role SalesRep: Acme is onboarded", log[4]!["message"]!.GetValue<string>());
        Assert.StartsWith("to-do ", log[5]!["message"]!.GetValue<string>());

        // Rolled back: no new item, the item unchanged, no instance, log, bookmark or notification rows.
        Assert.Equal(activities, await host.Content.CountAsync("Activity"));
        var after = await host.Content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(acme.Id));
        Assert.Equal((1, "Prospect"), (after!.Version, after.Value("Customer", "Stage")!.GetValue<string>()));
        foreach (var table in new[] { "workflow_instances", "workflow_log", "workflow_bookmarks", "workflow_notifications" }) Assert.Equal(0L, await CountAsync(host, table));
        Assert.Null((await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().FindAsync(id)))!.PublishedVersion);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_test_run_reports_its_incident_and_a_workflow_with_problems_or_a_missing_item_is_not_run(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var acme = await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var (admin, token, id) = await DraftAsync(host);

        var failing = await PostJsonAsync(admin, $"/admin/workflows/{id}/test-run", token, Body(Onboarding.Replace("\"Stage\": \"Customer\"", "\"Stage\": \"Martian\""), acme.Id));
        var result = JsonNode.Parse(await failing.Content.ReadAsStringAsync())!;
        Assert.Equal("Faulted", result["status"]!.GetValue<string>());
        Assert.Contains("Martian", result["incident"]!.GetValue<string>());
        Assert.Equal(["created", "todo", "promote"], result["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(0L, await host.Content.CountAsync("Activity"));

        var invalid = await PostJsonAsync(admin, $"/admin/workflows/{id}/test-run", token, Body(Onboarding.Replace("\"3d\"", "\"\""), acme.Id));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("\"activityId\":\"wait\"", await invalid.Content.ReadAsStringAsync());
        var missing = await PostJsonAsync(admin, $"/admin/workflows/{id}/test-run", token, Body(Onboarding, "no-such-item"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("There is no item 'no-such-item'.", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await PostJsonAsync(admin, $"/admin/workflows/{id}/test-run", token, "{ \"definition\": 5 }")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(admin, "/admin/workflows/nope/test-run", token, Body(Onboarding, acme.Id))).StatusCode);
        Assert.Equal(0L, await CountAsync(host, "workflow_instances"));
    }
}
