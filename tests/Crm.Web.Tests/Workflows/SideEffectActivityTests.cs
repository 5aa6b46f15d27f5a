using System.Net;
using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Workflows;

/// <summary>Email and HTTP from workflows go through the outbox: queued with the step, delivered and retried by the outbox.</summary>
public sealed class SideEffectActivityTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_workflow_email_is_queued_with_its_step_and_delivered_by_the_outbox(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync("""
            { "name": "Thanks", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "mail", "type": "SendEmail", "properties": { "to": "{{ item.Email }}", "subject": "Welcome, {{ item.Name }}", "body": "Thank you for your interest." } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "mail" } ] }
            """);

        await host.Content.CreateAsync("Customer", """{ "Name": "Acme", "Email": "buyer@acme.example" }""");
        await host.RunDueAsync();

        var sent = await host.Content.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<(string Kind, string Status, string Payload)>(
            "SELECT kind AS Kind, status AS Status, payload AS Payload FROM outbox_messages"));
        var message = Assert.Single(sent);
        Assert.Equal(("email", "Sent"), (message.Kind, message.Status));
        Assert.Contains("Welcome, Acme", message.Payload);
        Assert.Contains("buyer@acme.example", message.Payload);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_HTTP_request_waits_for_its_answer_and_a_server_error_is_retried_until_it_succeeds(DatabaseProvider provider)
    {
        await using var server = await FakeCrmPartner.StartAsync();
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync($$$"""
            { "name": "Notify", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "call", "type": "HttpRequest", "properties": { "url": "{{{server.Url}}}/leads", "method": "POST", "body": "{ \"name\": \"{{ item.Name }}\" }" } },
                { "id": "done", "type": "Log", "properties": { "message": "partner id {{ outputs.call.json.id }}" } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "call" }, { "source": "call", "outcome": "Done", "destination": "done" } ] }
            """);
        server.FailNext = 1; // the partner is down for the first attempt

        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        var waiting = (await host.InstancesAsync()).Single();
        Assert.True(waiting.Status == "Waiting", waiting.Incident);
        await host.AdvanceAsync(TimeSpan.FromSeconds(31)); // the outbox's first backoff

        var instance = (await host.InstancesAsync()).Single();
        Assert.Equal("Finished", instance.Status);
        Assert.Equal("partner id 42", (await host.LogAsync(instance.Id))[^1].Message);
        Assert.Equal(["{ \"name\": \"Acme\" }", "{ \"name\": \"Acme\" }"], server.Bodies);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_the_partner_refuses_follows_the_Failed_outcome(DatabaseProvider provider)
    {
        await using var server = await FakeCrmPartner.StartAsync();
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync($$$"""
            { "name": "Refused", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "call", "type": "HttpRequest", "properties": { "url": "{{{server.Url}}}/missing" } },
                { "id": "fallback", "type": "Log", "properties": { "message": "partner refused" } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "call" }, { "source": "call", "outcome": "Failed", "destination": "fallback" } ] }
            """);

        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();

        var instance = (await host.InstancesAsync()).Single();
        Assert.Equal("Finished", instance.Status);
        var log = await host.LogAsync(instance.Id);
        Assert.Contains("404", log.Single(l => l.ActivityId == "call" && l.Outcome == "Failed").Message);
        Assert.Equal("partner refused", log[^1].Message);
    }

    /// <summary>A partner system on a loopback port: POST /leads answers {"id":42} (or 503 while FailNext > 0); anything else 404.</summary>
    private sealed class FakeCrmPartner : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FakeCrmPartner(WebApplication app) => _app = app;

        public int FailNext { get; set; }
        public List<string> Bodies { get; } = [];
        public string Url => _app.Urls.First();

        public static async Task<FakeCrmPartner> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var partner = new FakeCrmPartner(app);
            app.MapPost("/leads", async (HttpRequest request) =>
            {
                partner.Bodies.Add(await new StreamReader(request.Body).ReadToEndAsync());
                if (partner.FailNext-- > 0) return Results.StatusCode((int)HttpStatusCode.ServiceUnavailable);
                return Results.Json(new JsonObject { ["id"] = 42 });
            });
            await app.StartAsync();
            return partner;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
