using System.Net;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Workflows.WorkflowBrowsers;

namespace Crm.Web.Tests.Workflows;

public sealed class NotifyActivityTests
{
    private static string Notify(string target) => $$$"""
        { "name": "Heads-up", "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
            { "id": "tell", "type": "Notify", "properties": { {{{target}}}, "message": "New customer {{ item.Name }}", "link": "/contents/Customer/{{ item.Id }}" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "tell" } ] }
        """;

    private static string UnreadBadge(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "id=\"notification-unread-count\"[^>]*>(\\d+)<").Groups[1].Value;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_named_in_the_workflow_sees_the_notification_in_the_bell_and_marks_it_read(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(Notify("\"user\": \"{{ 'ad' | append: 'min' }}\""));
        var acme = await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        var admin = await AdminAsync(host);

        Assert.Equal("1", UnreadBadge(await admin.GetStringAsync("/admin")));
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/notifications"));
        Assert.Contains($"<a href=\"/contents/Customer/{acme.Id}\">New customer Acme</a>", list);
        var id = System.Text.RegularExpressions.Regex.Match(list, "data-notification=\"([^\"]+)\" data-read=\"false\"").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Contains("notified user admin: New customer Acme", (await host.LogAsync((await host.InstancesAsync()).Single().Id))[^1].Message);

        var token = await TokenAsync(admin, "/admin");
        var read = await PostJsonAsync(admin, $"/admin/notifications/{id}/read", token, "");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var after = await read.Content.ReadAsStringAsync();
        Assert.Contains($"data-notification=\"{id}\" data-read=\"true\"", after);
        Assert.Contains("hx-swap-oob=\"true\">0<", after);
        Assert.Equal("0", UnreadBadge(await admin.GetStringAsync("/admin")));
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(admin, "/admin/notifications/nope/read", token, "")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostJsonAsync(admin, $"/admin/notifications/{id}/read", null, "")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_role_notification_reaches_each_member_who_reads_it_on_their_own(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(Notify("\"role\": \"SalesRep\""));
        var admin = await AdminAsync(host);
        var kim = await StaffAsync(host, admin, "kim", "SalesRep");
        var lee = await StaffAsync(host, admin, "lee", "SalesRep");
        var boss = await StaffAsync(host, admin, "boss", "Manager");
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();

        Assert.Equal("1", UnreadBadge(await kim.GetStringAsync("/admin")));
        Assert.Equal("0", UnreadBadge(await boss.GetStringAsync("/admin")));
        Assert.Contains("No notifications.", await boss.GetStringAsync("/admin/notifications"));
        var all = await PostJsonAsync(kim, "/admin/notifications/read", await TokenAsync(kim, "/admin"), "");
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("0", UnreadBadge(await kim.GetStringAsync("/admin")));
        Assert.Equal("1", UnreadBadge(await lee.GetStringAsync("/admin")));
        Assert.Contains("New customer Acme", await lee.GetStringAsync("/admin/notifications"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_user_raises_an_incident_and_a_notify_needs_exactly_one_addressee(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(Notify("\"user\": \"ghost\""));
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        var instance = (await host.InstancesAsync()).Single();
        Assert.Equal("Faulted", instance.Status);
        Assert.Equal("There is no user 'ghost'.", System.Text.Json.Nodes.JsonNode.Parse(instance.Incident!)!["message"]!.GetValue<string>());

        var both = await Assert.ThrowsAsync<Crm.Workflows.Definitions.WorkflowValidationException>(() => host.PublishAsync(Notify("\"user\": \"admin\", \"role\": \"SalesRep\"").Replace("Heads-up", "Both")));
        Assert.Contains(both.Problems, p => p.ActivityId == "tell" && p.Message == "Choose a user or a role (one of them).");
        var neither = await Assert.ThrowsAsync<Crm.Workflows.Definitions.WorkflowValidationException>(() => host.PublishAsync(Notify("\"user\": \"\"").Replace("Heads-up", "Neither")));
        Assert.Contains(neither.Problems, p => p.ActivityId == "tell" && p.Message == "Choose a user or a role (one of them).");
    }

    [Fact]
    public async Task Without_the_workflows_feature_the_header_has_no_bell_and_the_list_is_gone()
    {
        await using var host = await WorkflowTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = await AdminAsync(host);
        Assert.Contains("data-notification-bell", await admin.GetStringAsync("/admin"));

        await host.Content.RunAsync(s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.Workflows"]));
        Assert.DoesNotContain("data-notification-bell", await admin.GetStringAsync("/admin"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/notifications")).StatusCode);
    }
}
