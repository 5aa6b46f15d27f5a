using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Workflows.WorkflowBrowsers;

namespace Crm.Web.Tests.Workflows;

public sealed class WorkflowListScreenTests
{
    private const string Welcome = """
        { "name": "Welcome", "displayName": "Welcome call",
          "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "x": 40, "y": 40, "properties": { "contentType": "Customer" } },
            { "id": "wait", "type": "Delay", "x": 40, "y": 160, "properties": { "duration": "1d" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "wait" } ] }
        """;

    private static Task<WorkflowType?> FindAsync(WorkflowTestHost host, string name) =>
        host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().FindAsync(name));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_shows_each_workflow_with_its_version_draft_state_and_instances_by_status(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);

        var created = await PostFormAsync(admin, "/admin/workflows", token, ("name", "Reminder"), ("displayName", "Sales reminder"));
        var reminder = await FindAsync(host, "Reminder");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/admin/workflows/{reminder!.Id}/designer", created.Headers.Location!.ToString());

        var welcome = await host.PublishAsync(Welcome);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Beta" }""");
        await host.RunDueAsync();

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/workflows"));
        Assert.Contains("Sales reminder", page);
        Assert.Matches("data-workflow=\"Welcome\"[\\s\\S]*?data-published>1<[\\s\\S]*?data-draft-changed=\"false\"[\\s\\S]*?data-count=\"Waiting\">\\s*<a[^>]*>2</a>", page);
        Assert.Matches("data-workflow=\"Reminder\"[\\s\\S]*?data-published>—<[\\s\\S]*?data-draft-changed=\"true\"", page);

        // A draft edited after publishing shows as changed.
        await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().SaveDraftAsync(
            Crm.Workflows.Definitions.WorkflowJson.Read(Welcome.Replace("\"1d\"", "\"2d\""))));
        Assert.Matches("data-workflow=\"Welcome\"[\\s\\S]*?data-draft-changed=\"true\"", await admin.GetStringAsync("/admin/workflows"));
        Assert.Equal(welcome.TypeId, (await FindAsync(host, "Welcome"))!.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_workflow_needs_a_valid_unused_name(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);
        await host.PublishAsync(Welcome);

        var taken = await PostFormAsync(admin, "/admin/workflows", token, ("name", "Welcome"));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("A workflow named 'Welcome' already exists.", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()));
        var bad = await PostFormAsync(admin, "/admin/workflows", token, ("name", "9 lives!"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("A name starts with a letter", await bad.Content.ReadAsStringAsync());
        Assert.Null(await FindAsync(host, "9 lives!"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disabled_workflow_starts_nothing_until_it_is_enabled_again(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);
        var version = await host.PublishAsync(Welcome);

        var off = await PostFormAsync(admin, $"/admin/workflows/{version.TypeId}/enabled", token, ("enabled", "false"));
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Contains("disabled: it starts no new instances", WebUtility.HtmlDecode(await off.Content.ReadAsStringAsync()));
        await host.Content.CreateAsync("Customer", """{ "Name": "Ignored" }""");
        Assert.Empty(await host.InstancesAsync());

        await PostFormAsync(admin, $"/admin/workflows/{version.TypeId}/enabled", token, ("enabled", "true"));
        await host.Content.CreateAsync("Customer", """{ "Name": "Started" }""");
        Assert.Single(await host.InstancesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(admin, "/admin/workflows/nope/enabled", token, ("enabled", "true"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_gives_the_draft_as_json_and_import_saves_it_or_names_each_problem(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);
        var version = await host.PublishAsync(Welcome);

        var export = await admin.GetAsync($"/admin/workflows/{version.TypeId}/export");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Welcome.workflow.json", export.Content.Headers.ContentDisposition!.FileName);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains("\"duration\": \"1d\"", json);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/nope/export")).StatusCode);

        var imported = await ImportAsync(admin, token, json.Replace("\"Welcome\"", "\"WelcomeCopy\""));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("imported as a draft", WebUtility.HtmlDecode(await imported.Content.ReadAsStringAsync()));
        Assert.Equal(2, (await FindAsync(host, "WelcomeCopy"))!.Draft.Activities.Count);

        var broken = await ImportAsync(admin, token, json.Replace("\"WelcomeCopy\"", "\"Broken\"").Replace("\"Welcome\"", "\"Broken\"").Replace("\"1d\"", "\"\"").Replace("\"Customer\"", "\"Nope\""));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var problems = WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync());
        Assert.Contains("data-problem-activity=\"wait\" data-problem-path=\"properties\"", problems);
        Assert.Contains("data-problem-activity=\"created\" data-problem-path=\"properties.contentType\"", problems);
        Assert.Null(await FindAsync(host, "Broken"));

        var notJson = await ImportAsync(admin, token, "{ \"name\": ");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("The file is not a workflow definition", WebUtility.HtmlDecode(await notJson.Content.ReadAsStringAsync()));
        var none = await admin.PostAsync("/admin/workflows/import", new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient admin, string token, string json) =>
        admin.PostAsync("/admin/workflows/import", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "file", "workflow.json" },
        });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_workflow_with_running_instances_is_not_deleted_and_one_without_goes_with_its_history(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);
        var version = await host.PublishAsync(Welcome);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();

        var refused = await PostFormAsync(admin, $"/admin/workflows/{version.TypeId}/delete", token);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("has 1 running instance(s)", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.NotNull(await FindAsync(host, "Welcome"));

        await host.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal("Finished", (await host.InstancesAsync()).Single().Status);
        admin = await AdminAsync(host); // the fake clock moved past the session's lifetime
        token = await TokenAsync(admin);
        var deleted = await PostFormAsync(admin, $"/admin/workflows/{version.TypeId}/delete", token);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null(await FindAsync(host, "Welcome"));
        Assert.Empty(await host.InstancesAsync());
        Assert.Equal(0L, await host.Content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM workflow_log")));
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(admin, $"/admin/workflows/{version.TypeId}/delete", token)).StatusCode);
    }

    [Fact]
    public async Task Only_workflow_managers_reach_the_list_and_every_post_needs_the_token()
    {
        await using var host = await WorkflowTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = await AdminAsync(host);
        var version = await host.PublishAsync(Welcome);
        var rep = await StaffAsync(host, admin, "rep", "SalesRep");
        var repToken = await TokenAsync(rep, "/admin");

        AssertDenied(await rep.GetAsync("/admin/workflows"), "GET list");
        AssertDenied(await rep.GetAsync($"/admin/workflows/{version.TypeId}/export"), "GET export");
        string[] posts = ["/admin/workflows", $"/admin/workflows/{version.TypeId}/enabled", $"/admin/workflows/{version.TypeId}/delete", "/admin/workflows/import"];
        foreach (var post in posts)
        {
            AssertDenied(await PostFormAsync(rep, post, repToken, ("name", "Sneaky"), ("enabled", "false")), "POST " + post);
            var forged = await admin.PostAsync(post, new FormUrlEncodedContent([new("name", "Sneaky"), new("enabled", "false")]));
            Assert.True(forged.StatusCode == HttpStatusCode.BadRequest, $"POST {post} without token: {forged.StatusCode}");
        }
        var type = await FindAsync(host, "Welcome");
        Assert.True(type!.Enabled);
        Assert.Null(await FindAsync(host, "Sneaky"));
        Assert.DoesNotContain("/admin/workflows\"", await rep.GetStringAsync("/admin"));
        Assert.Contains("/admin/workflows\"", await admin.GetStringAsync("/admin"));
    }
}
