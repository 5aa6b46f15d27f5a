using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Workflows;

public sealed class WorkflowScheduleTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cron_trigger_fires_once_per_occurrence_in_the_tenants_time_zone(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider); // the crm recipe sets TimeZone Asia/Seoul; the clock starts at 09:00 KST
        await host.PublishAsync("""
            { "name": "Morning", "activities": [
                { "id": "cron", "type": "Cron", "isStart": true, "properties": { "cron": "0 10 * * *" } },
                { "id": "log", "type": "Log", "properties": { "message": "good morning, it is {{ input.occurrence }}" } } ],
              "transitions": [ { "source": "cron", "outcome": "Done", "destination": "log" } ] }
            """);

        await host.AdvanceAsync(TimeSpan.FromMinutes(59));
        Assert.Empty(await host.InstancesAsync());
        await host.AdvanceAsync(TimeSpan.FromMinutes(1)); // 10:00 in Seoul = 01:00 UTC
        await host.RunDueAsync();
        var first = Assert.Single(await host.InstancesAsync());
        Assert.Equal("Finished", first.Status);
        Assert.Contains("2026-11-23T01:00:00", (await host.LogAsync(first.Id))[^1].Message);

        await host.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal(2, (await host.InstancesAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sweep_starts_one_instance_per_quiet_customer_and_again_only_after_the_quiet_period_changes(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        var quiet = await host.Content.CreateAsync("Customer", """{ "Name": "Quiet", "Stage": "Prospect", "LastActivityAt": "2026-11-01T00:00:00Z" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Also quiet", "Stage": "Prospect", "LastActivityAt": "2026-10-01T00:00:00Z" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Busy", "Stage": "Prospect", "LastActivityAt": "2026-11-22T00:00:00Z" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Target", "Stage": "Target", "LastActivityAt": "2026-01-01T00:00:00Z" }""");
        await host.PublishAsync("""
            { "name": "Reminder", "activities": [
                { "id": "sweep", "type": "Sweep", "isStart": true, "properties": { "contentType": "Customer",
                    "filter": "Stage:eq:Prospect,LastActivityAt:lt:now-7d", "schedule": "0 * * * *", "dedupeKey": "{Id}:{LastActivityAt}" } },
                { "id": "todo", "type": "CreateContent", "properties": { "contentType": "Activity", "values": { "Subject": "Call {{ item.Name }}", "Customer": "{{ item.Id }}" } } } ],
              "transitions": [ { "source": "sweep", "outcome": "Done", "destination": "todo" } ] }
            """);

        await host.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(["Call Also quiet", "Call Quiet"], (await host.Content.NamesAsync("Activity", "")).Order());
        await host.AdvanceAsync(TimeSpan.FromHours(1)); // the same matches, the same keys: nothing new
        Assert.Equal(2, (await host.InstancesAsync()).Count);

        await host.Content.RunAsync(s => s.GetRequiredService<Crm.Core.Content.Store.ContentManager>()
            .UpdateAsync(quiet.Id, new() { ["LastActivityAt"] = "2026-11-10T00:00:00Z" }, quiet.Version));
        await host.AdvanceAsync(TimeSpan.FromHours(1)); // quiet again for a new period: one more reminder
        Assert.Equal(3, (await host.InstancesAsync()).Count);
        Assert.All(await host.InstancesAsync(), i => Assert.Equal("Finished", i.Status));
    }
}
