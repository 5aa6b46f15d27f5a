using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Workflows.WorkflowBrowsers;

namespace Crm.Web.Tests.Workflows;

/// <summary>"Run now" on the workflow list: the published sweep runs at once, with its dedupe keys, for workflow managers only.</summary>
public sealed class SweepRunNowTests
{
    private const string Reminder = """
        { "name": "Reminder", "displayName": "Win-back reminder", "activities": [
            { "id": "sweep", "type": "Sweep", "isStart": true, "properties": { "contentType": "Customer",
                "filter": "Stage:eq:Prospect,LastActivityAt:lt:now-7d", "schedule": "0 8 1 1 *", "dedupeKey": "{Id}:{LastActivityAt}" } },
            { "id": "todo", "type": "CreateContent", "properties": { "contentType": "Activity", "values": { "Subject": "Call {{ item.Name }}", "Customer": "{{ item.Id }}" } } } ],
          "transitions": [ { "source": "sweep", "outcome": "Done", "destination": "todo" } ] }
        """;

    private const string Welcome = """
        { "name": "Welcome", "activities": [ { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } } ], "transitions": [] }
        """;

    private static async Task QuietCustomersAsync(WorkflowTestHost host)
    {
        await host.Content.CreateAsync("Customer", """{ "Name": "Quiet", "Stage": "Prospect", "LastActivityAt": "2026-11-01T00:00:00Z" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Also quiet", "Stage": "Prospect", "LastActivityAt": "2026-10-01T00:00:00Z" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Busy", "Stage": "Prospect", "LastActivityAt": "2026-11-22T00:00:00Z" }""");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Run_now_starts_each_match_once_and_a_second_run_starts_none(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await QuietCustomersAsync(host);
        var reminder = await host.PublishAsync(Reminder);
        var welcome = await host.PublishAsync(Welcome);
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);

        var list = await admin.GetStringAsync("/admin/workflows");
        Assert.Contains($"action=\"/admin/workflows/{reminder.TypeId}/run-now\"", list);
        Assert.DoesNotContain($"/admin/workflows/{welcome.TypeId}/run-now", list); // no sweep, no button

        var first = await PostFormAsync(admin, $"/admin/workflows/{reminder.TypeId}/run-now", token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("'Win-back reminder' ran now: 2 item(s) matched, 2 new instance(s) created.", WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync()));
        await host.RunDueAsync();
        Assert.Equal(["Call Also quiet", "Call Quiet"], (await host.Content.NamesAsync("Activity", "")).Order());

        var again = await PostFormAsync(admin, $"/admin/workflows/{reminder.TypeId}/run-now", token);
        Assert.Contains("2 item(s) matched, 0 new instance(s) created.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(2, (await host.InstancesAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disabled_workflow_or_one_without_a_published_sweep_is_not_run(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await QuietCustomersAsync(host);
        var reminder = await host.PublishAsync(Reminder);
        var welcome = await host.PublishAsync(Welcome);
        var admin = await AdminAsync(host);
        var token = await TokenAsync(admin);
        await PostFormAsync(admin, $"/admin/workflows/{reminder.TypeId}/enabled", token, ("enabled", "false"));

        var disabled = await PostFormAsync(admin, $"/admin/workflows/{reminder.TypeId}/run-now", token);
        var noSweep = await PostFormAsync(admin, $"/admin/workflows/{welcome.TypeId}/run-now", token);
        var unknown = await PostFormAsync(admin, "/admin/workflows/nope/run-now", token);

        Assert.Equal(HttpStatusCode.Conflict, disabled.StatusCode);
        Assert.Contains("'Win-back reminder' is disabled: enable it before running its sweep.", WebUtility.HtmlDecode(await disabled.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Conflict, noSweep.StatusCode);
        Assert.Contains("'Welcome' has no published sweep to run.", WebUtility.HtmlDecode(await noSweep.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(await host.InstancesAsync());
    }

    [Fact]
    public async Task Run_now_needs_the_manage_workflows_permission_and_the_antiforgery_token()
    {
        await using var host = await WorkflowTestHost.StartAsync(DatabaseProvider.Sqlite);
        await QuietCustomersAsync(host);
        var reminder = await host.PublishAsync(Reminder);
        var admin = await AdminAsync(host);
        var rep = await StaffAsync(host, admin, "rep", "SalesRep");
        var url = $"/admin/workflows/{reminder.TypeId}/run-now";

        AssertDenied(await PostFormAsync(rep, url, await TokenAsync(rep, "/admin")), "POST run-now as a sales rep");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync(url, new FormUrlEncodedContent([]))).StatusCode);
        Assert.Empty(await host.InstancesAsync());
    }

    [Fact]
    public async Task The_button_and_the_result_speak_Korean()
    {
        await using var host = await WorkflowTestHost.StartAsync(DatabaseProvider.Sqlite);
        await QuietCustomersAsync(host);
        var reminder = await host.PublishAsync(Reminder);
        var admin = host.Content.Host.Browser("ko-KR");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);

        Assert.Contains("지금 실행", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/workflows")));
        var ran = await PostFormAsync(admin, $"/admin/workflows/{reminder.TypeId}/run-now", await TokenAsync(admin));
        Assert.Contains("'Win-back reminder'을(를) 지금 실행했습니다: 2개 항목 일치, 새 인스턴스 2개 생성.", WebUtility.HtmlDecode(await ran.Content.ReadAsStringAsync()));
    }
}
