using System.Net;
using System.Text;
using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Workflows;

/// <summary>Starting workflows from outside: by hand through the API, by event, and by an inbound webhook.</summary>
public sealed class WorkflowStartTests
{
    private const string FollowUp = """
        { "name": "FollowUp", "activities": [
            { "id": "manual", "type": "Manual", "isStart": true, "properties": { "contentType": "Customer" } },
            { "id": "wait", "type": "WaitForEvent", "properties": { "eventName": "replied", "correlation": "{{ item.Id }}", "timeout": "2d" } },
            { "id": "thanks", "type": "Log", "properties": { "message": "{{ item.Name }} replied: {{ outputs.wait.text }}" } } ],
          "transitions": [ { "source": "manual", "outcome": "Done", "destination": "wait" }, { "source": "wait", "outcome": "Done", "destination": "thanks" } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_API_starts_a_workflow_for_items_resumes_it_by_event_and_shows_its_history(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(FollowUp);
        var acme = await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var api = new GraphQLClient(host.Content.Host.CreateClient(), CrmTestHost.AdminApiKey);

        var started = await api.DataAsync($$"""mutation { startWorkflow(name: "FollowUp", itemIds: ["{{acme.Id}}"]) }""");
        var id = started["startWorkflow"]![0]!.GetValue<string>();
        await host.RunDueAsync();
        var reached = await api.DataAsync($$"""mutation { publishWorkflowEvent(name: "replied", correlation: "{{acme.Id}}", payload: "{\"text\": \"yes please\"}") }""");
        await host.RunDueAsync();
        var history = await api.DataAsync($$"""{ workflowInstance(id: "{{id}}") { status correlation steps { activityId outcome message } } }""");

        Assert.Equal(1, reached["publishWorkflowEvent"]!.GetValue<int>());
        var instance = history["workflowInstance"]!;
        Assert.Equal("Finished", instance["status"]!.GetValue<string>());
        Assert.Equal(acme.Id, instance["correlation"]!.GetValue<string>());
        Assert.Equal("Acme replied: yes please", instance["steps"]!.AsArray()[^1]!["message"]!.GetValue<string>());

        var unknown = await api.PostAsync("""mutation { startWorkflow(name: "Nope") }""");
        var badItem = await api.PostAsync("""mutation { startWorkflow(name: "FollowUp", itemIds: ["01JD0000000000000000000000"]) }""");
        Assert.Contains("no workflow 'Nope'", unknown.Errors.Single()["message"]!.GetValue<string>());
        Assert.Contains("no item", badItem.Errors.Single()["message"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_webhook_with_the_right_secret_starts_the_workflow_and_any_other_url_is_404(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync("""
            { "name": "Inbound", "activities": [
                { "id": "hook", "type": "Webhook", "isStart": true, "properties": { "secret": "a-long-enough-secret-123" } },
                { "id": "lead", "type": "CreateContent", "properties": { "contentType": "Customer", "values": { "Name": "{{ input.body.name }}", "Stage": "Prospect" } } } ],
              "transitions": [ { "source": "hook", "outcome": "Done", "destination": "lead" } ] }
            """);
        var client = host.Content.Host.CreateClient();

        var accepted = await client.PostAsync("/workflows/hooks/Inbound/hook/a-long-enough-secret-123", new StringContent("""{ "name": "Web Lead" }""", Encoding.UTF8, "application/json"));
        var wrongSecret = await client.PostAsync("/workflows/hooks/Inbound/hook/not-the-secret-at-all", new StringContent("{}", Encoding.UTF8, "application/json"));
        var notJson = await client.PostAsync("/workflows/hooks/Inbound/hook/a-long-enough-secret-123", new StringContent("{ name", Encoding.UTF8, "application/json"));
        await host.RunDueAsync();

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(["Web Lead"], await host.Content.NamesAsync("Customer", "Stage:eq:Prospect"));
    }
}
