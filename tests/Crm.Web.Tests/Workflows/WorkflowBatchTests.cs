using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Workflows;

/// <summary>Timers that come due together run as one batch; one broken instance in it does not hold back the others.</summary>
public sealed class WorkflowBatchTests
{
    private const string FollowUp = """
        { "name": "FollowUp", "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
            { "id": "wait", "type": "Delay", "properties": { "duration": "1d" } },
            { "id": "call", "type": "Log", "properties": { "message": "follow up {{ item.Name }}" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "wait" }, { "source": "wait", "outcome": "Done", "destination": "call" } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Timers_due_together_each_fire_once_and_a_broken_instance_does_not_hold_back_the_others(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync(FollowUp);
        await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var customer = await host.Content.CreateAsync("Customer", """{ "Name": "Broken" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Cobalt" }""");
        await host.RunDueAsync();
        Assert.All(await host.InstancesAsync(), i => Assert.Equal("Waiting", i.Status));

        // An instance whose stored state no longer parses fails wherever it is loaded: the whole batch it was claimed with fails.
        var broken = (await host.InstancesAsync()).Single(i => i.Correlation == customer.Id);
        await host.Content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteAsync("UPDATE workflow_instances SET state = 'not json' WHERE id = @Id", new { broken.Id }));
        await host.AdvanceAsync(TimeSpan.FromDays(1));

        var instances = await host.InstancesAsync();
        Assert.Equal(["Finished", "Finished", "Waiting"], instances.OrderBy(i => i.Id == broken.Id).Select(i => i.Status));
        foreach (var instance in instances.Where(i => i.Status == "Finished"))
        {
            Assert.Equal(["created", "wait", "wait", "call"], (await host.LogAsync(instance.Id)).Select(l => l.ActivityId));
        }
        // The broken instance keeps its timer: nothing is lost, it runs again once its claim expires (and it is repaired).
        Assert.Equal(1L, await host.Content.RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM workflow_bookmarks WHERE instance_id = @Id", new { broken.Id })));
    }
}
