using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Workflows.WorkflowBrowsers;

namespace Crm.Web.Tests.Workflows;

public sealed class InstanceScreensTests
{
    /// <summary>The script fails until the day after the test clock's start: an incident that a retry on a later day gets past.</summary>
    private const string NotBeforeTomorrow = """
        { "name": "Invoice", "displayName": "Invoice reminder",
          "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
            { "id": "check", "type": "Script", "properties": { "script": "if (now < '2026-11-24') throw new Error('billing closed until tomorrow');" } },
            { "id": "done", "type": "Log", "properties": { "message": "invoiced {{ item.Name }}" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "check" }, { "source": "check", "outcome": "Done", "destination": "done" } ] }
        """;

    private const string Waits = """
        { "name": "Later", "displayName": "Call later",
          "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
            { "id": "wait", "type": "Delay", "properties": { "duration": "2d" } },
            { "id": "call", "type": "CreateContent", "properties": { "contentType": "Activity", "values": { "Subject": "Call {{ item.Name }}" } } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "wait" }, { "source": "wait", "outcome": "Done", "destination": "call" } ] }
        """;

    private static Task<long> BookmarksAsync(WorkflowTestHost host, string instanceId) =>
        host.Content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM workflow_bookmarks WHERE instance_id = @instanceId", new { instanceId }));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_filters_by_status_and_workflow_and_the_view_shows_history_path_and_incident(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var invoice = await host.PublishAsync(NotBeforeTomorrow);
        var later = await host.PublishAsync(Waits);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        var instances = await host.InstancesAsync();
        var faulted = instances.Single(i => i.Status == "Faulted");
        var waiting = instances.Single(i => i.Status == "Waiting");
        var admin = await AdminAsync(host);

        var all = await admin.GetStringAsync("/admin/workflows/instances");
        Assert.Contains($"data-instance=\"{faulted.Id}\"", all);
        Assert.Contains($"data-instance=\"{waiting.Id}\"", all);
        var onlyFaulted = await admin.GetStringAsync("/admin/workflows/instances?status=Faulted");
        Assert.Contains($"data-instance=\"{faulted.Id}\"", onlyFaulted);
        Assert.DoesNotContain($"data-instance=\"{waiting.Id}\"", onlyFaulted);
        var onlyLater = await admin.GetStringAsync($"/admin/workflows/instances?workflow={later.TypeId}");
        Assert.DoesNotContain($"data-instance=\"{faulted.Id}\"", onlyLater);
        Assert.Contains($"data-instance=\"{waiting.Id}\"", onlyLater);
        Assert.DoesNotContain("data-instance=", await admin.GetStringAsync($"/admin/workflows/instances?status=Finished&workflow={invoice.TypeId}"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/workflows/instances?status=Sleeping")).StatusCode);

        var view = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/workflows/instances/{faulted.Id}"));
        Assert.Contains("data-incident=\"check\"", view);
        Assert.Contains("billing closed until tomorrow", view);
        Assert.Contains("data-path=\"[\"created\",\"check\"]\"", view);
        Assert.Contains("data-log-activity=\"created\"", view);
        Assert.Contains("Retry from the failed activity", view);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/instances/nope")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Retry_runs_a_faulted_instance_again_from_the_failed_activity(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(NotBeforeTomorrow);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        var faulted = (await host.InstancesAsync()).Single();
        Assert.Equal("Faulted", faulted.Status);
        host.Clock.Advance(TimeSpan.FromDays(1));
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);
        var retried = await PostFormAsync(admin, $"/admin/workflows/instances/{faulted.Id}/retry", token);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains("Retry scheduled", await retried.Content.ReadAsStringAsync());
        var waiting = (await host.InstancesAsync()).Single();
        Assert.Equal(("Waiting", null), (waiting.Status, waiting.Incident));
        await host.RunDueAsync();

        Assert.Equal("Finished", (await host.InstancesAsync()).Single().Status);
        var log = await host.LogAsync(faulted.Id);
        Assert.Equal(["created", "check", "check", "check", "done"], log.Select(l => l.ActivityId));
        Assert.Equal(["Done", "Incident", "Retry", "Done", "Done"], log.Select(l => l.Outcome));
        Assert.Contains("retry requested by admin", log[2].Message);
        Assert.Equal("invoiced Acme", log[^1].Message);

        var again = await PostFormAsync(admin, $"/admin/workflows/instances/{faulted.Id}/retry", token);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Only a faulted instance can be retried; this one is Finished.", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(admin, "/admin/workflows/instances/nope/retry", token)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cancel_stops_a_waiting_instance_and_its_timer_never_fires(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(Waits);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        var instance = (await host.InstancesAsync()).Single();
        Assert.Equal(1, await BookmarksAsync(host, instance.Id));
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);

        var cancelled = await PostFormAsync(admin, $"/admin/workflows/instances/{instance.Id}/cancel", token);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", (await host.InstancesAsync()).Single().Status);
        Assert.Equal(0, await BookmarksAsync(host, instance.Id));
        await host.AdvanceAsync(TimeSpan.FromDays(3));
        Assert.Empty(await host.Content.NamesAsync("Activity", ""));
        Assert.Contains("cancelled by admin", (await host.LogAsync(instance.Id))[^1].Message);
        admin = await AdminAsync(host); // the fake clock moved past the session's lifetime
        token = await TokenAsync(admin);

        var again = await PostFormAsync(admin, $"/admin/workflows/instances/{instance.Id}/cancel", token);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already ended (Cancelled)", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(admin, "/admin/workflows/instances/nope/cancel", token)).StatusCode);
    }

    [Fact]
    public async Task Staff_see_instances_but_only_managers_retry_or_cancel_and_others_see_nothing()
    {
        await using var host = await WorkflowTestHost.StartAsync(DatabaseProvider.Sqlite);
        await host.PublishAsync(Waits);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        var instance = (await host.InstancesAsync()).Single();
        var admin = await AdminAsync(host);
        var rep = await StaffAsync(host, admin, "rep", "SalesRep");
        var nobody = await StaffAsync(host, admin, "nobody", null);

        Assert.Contains($"data-instance=\"{instance.Id}\"", await rep.GetStringAsync("/admin/workflows/instances"));
        var view = await rep.GetStringAsync($"/admin/workflows/instances/{instance.Id}");
        Assert.DoesNotContain("/cancel\"", view);
        var repToken = await TokenAsync(rep, "/admin/workflows/instances");
        AssertDenied(await PostFormAsync(rep, $"/admin/workflows/instances/{instance.Id}/cancel", repToken), "rep cancel");
        AssertDenied(await PostFormAsync(rep, $"/admin/workflows/instances/{instance.Id}/retry", repToken), "rep retry");
        AssertDenied(await nobody.GetAsync("/admin/workflows/instances"), "nobody list");
        AssertDenied(await nobody.GetAsync($"/admin/workflows/instances/{instance.Id}"), "nobody view");
        var forged = await admin.PostAsync($"/admin/workflows/instances/{instance.Id}/cancel", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("Waiting", (await host.InstancesAsync()).Single().Status);
    }
}
