using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Workflows;

public sealed class WorkflowEngineTests
{
    private const string Welcome = """
        { "name": "Welcome", "displayName": "Welcome call",
          "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer", "condition": "item.Stage == 'Prospect'" } },
            { "id": "todo", "type": "CreateContent", "properties": { "contentType": "Activity", "values": { "Subject": "Welcome call to {{ item.Name }}", "Customer": "{{ item.Id }}" } } },
            { "id": "log", "type": "Log", "properties": { "message": "to-do {{ outputs.todo.Id }} for {{ item.Name }}" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "todo" }, { "source": "todo", "outcome": "Done", "destination": "log" } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_created_prospect_gets_a_welcome_to_do_from_a_published_workflow(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(Welcome);

        var acme = await host.Content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Beta", "Stage": "Target" }"""); // condition does not hold
        await host.RunDueAsync();

        var instance = Assert.Single(await host.InstancesAsync());
        Assert.Equal(("Finished", acme.Id), (instance.Status, instance.Correlation));
        Assert.Equal(["Welcome call to Acme"], await host.Content.NamesAsync("Activity", ""));
        var log = await host.LogAsync(instance.Id);
        Assert.Equal(["created", "todo", "log"], log.Select(l => l.ActivityId));
        Assert.Contains("for Acme", log[2].Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_delay_waits_in_the_database_until_its_time(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync("""
            { "name": "HappyCall", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "wait", "type": "Delay", "properties": { "duration": "3d" } },
                { "id": "call", "type": "CreateContent", "properties": { "contentType": "Activity", "values": { "Subject": "Happy call {{ item.Name }}", "Customer": "{{ item.Id }}" } } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "wait" }, { "source": "wait", "outcome": "Done", "destination": "call" } ] }
            """);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        Assert.Equal("Waiting", (await host.InstancesAsync()).Single().Status);

        await host.AdvanceAsync(TimeSpan.FromDays(2));
        Assert.Empty(await host.Content.NamesAsync("Activity", ""));
        await host.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(["Happy call Acme"], await host.Content.NamesAsync("Activity", ""));
        Assert.Equal("Finished", (await host.InstancesAsync()).Single().Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_event_resumes_its_waiting_instance_and_cancels_the_timeout_while_a_missed_one_times_out(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync("""
            { "name": "Sla", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "wait", "type": "WaitForEvent", "properties": { "eventName": "answered", "correlation": "{{ item.Id }}", "timeout": "4h" } },
                { "id": "ok", "type": "Log", "properties": { "message": "answered by {{ outputs.wait.by }}" } },
                { "id": "late", "type": "Log", "properties": { "message": "escalate {{ item.Name }}" } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "wait" },
                               { "source": "wait", "outcome": "Done", "destination": "ok" }, { "source": "wait", "outcome": "TimedOut", "destination": "late" } ] }
            """);
        var answered = await host.Content.CreateAsync("Customer", """{ "Name": "Answered" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Forgotten" }""");
        await host.RunDueAsync();

        await host.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(1, await host.PublishEventAsync("answered", answered.Id, new() { ["by"] = "kim" }));
        await host.RunDueAsync();
        await host.AdvanceAsync(TimeSpan.FromHours(5));

        var instances = await host.InstancesAsync();
        Assert.All(instances, i => Assert.Equal("Finished", i.Status));
        var first = await host.LogAsync(instances.Single(i => i.Correlation == answered.Id).Id);
        Assert.Equal(["created", "wait", "wait", "ok"], first.Select(l => l.ActivityId)); // the timeout never ran
        Assert.Equal("answered by kim", first[^1].Message);
        var second = await host.LogAsync(instances.Single(i => i.Correlation != answered.Id).Id);
        Assert.Equal(["created", "wait", "wait", "late"], second.Select(l => l.ActivityId));
        Assert.Equal("TimedOut", second[2].Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_activity_is_retried_by_its_policy_and_then_raises_an_incident(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync("""
            { "name": "Flaky", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "boom", "type": "Script", "retry": { "attempts": 2, "delaySeconds": 60 }, "properties": { "script": "throw new Error('service down');" } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "boom" } ] }
            """);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        var instance = (await host.InstancesAsync()).Single();
        Assert.Equal("Waiting", instance.Status);

        await host.AdvanceAsync(TimeSpan.FromSeconds(60));   // retry 1
        Assert.Equal("Waiting", (await host.InstancesAsync()).Single().Status);
        await host.AdvanceAsync(TimeSpan.FromSeconds(120));  // retry 2 (doubled), then no attempts left

        var faulted = (await host.InstancesAsync()).Single();
        Assert.Equal("Faulted", faulted.Status);
        Assert.Contains("service down", faulted.Incident);
        var log = await host.LogAsync(faulted.Id);
        Assert.Equal(3, log.Count(l => l.ActivityId == "boom"));
        Assert.Equal("Incident", log[^1].Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scripts_that_loop_forever_or_allocate_without_end_are_stopped_with_a_clear_incident(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync("""
            { "name": "Bad", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "loop", "type": "Script", "properties": { "script": "while (true) {}" } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "loop" } ] }
            """);
        await host.PublishAsync("""
            { "name": "Hungry", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "grow", "type": "Script", "properties": { "script": "var a = []; while (true) { a.push('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' + a.length); }" } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "grow" } ] }
            """);

        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();

        var incidents = (await host.InstancesAsync()).Select(i => i.Incident ?? "").ToList();
        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.Contains("statements") || i.Contains("longer than"));
        Assert.Contains(incidents, i => i.Contains("MB") || i.Contains("statements") || i.Contains("longer than"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_instance_keeps_the_version_it_started_with(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        const string Template = """
            { "name": "Versioned", "activities": [
                { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "wait", "type": "Delay", "properties": { "duration": "1d" } },
                { "id": "say", "type": "Log", "properties": { "message": "MESSAGE" } } ],
              "transitions": [ { "source": "created", "outcome": "Done", "destination": "wait" }, { "source": "wait", "outcome": "Done", "destination": "say" } ] }
            """;
        await host.PublishAsync(Template.Replace("MESSAGE", "first version"));
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.RunDueAsync();
        await host.PublishAsync(Template.Replace("MESSAGE", "second version"));

        await host.AdvanceAsync(TimeSpan.FromDays(1));

        var instance = (await host.InstancesAsync()).Single();
        Assert.Equal(1, instance.Version);
        Assert.Equal("first version", (await host.LogAsync(instance.Id))[^1].Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_workflow_that_updates_its_own_item_does_not_start_itself_again(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync("""
            { "name": "Grader", "activities": [
                { "id": "changed", "type": "ContentUpdated", "isStart": true, "properties": { "contentType": "Customer", "changedFields": [ "Employees" ] } },
                { "id": "grade", "type": "UpdateContent", "properties": { "values": { "Grade": "A" } } } ],
              "transitions": [ { "source": "changed", "outcome": "Done", "destination": "grade" } ] }
            """);
        var acme = await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await host.Content.RunAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Crm.Core.Content.Store.ContentManager>(s).UpdateAsync(acme.Id, new() { ["Employees"] = 500 }, 1));
        await host.RunDueAsync();
        await host.RunDueAsync();

        Assert.Single(await host.InstancesAsync());
        Assert.Equal(["Acme"], await host.Content.NamesAsync("Customer", "Grade:eq:A"));
    }
}
