using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Runtime;
using Crm.Workflows.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Workflows;

/// <summary>The sweep itself: one read decides what is new, and each dedupe key gets one instance however many items share it.</summary>
public sealed class SweepRunnerTests
{
    private static string Sweep(string name, string dedupeKey) => $$$"""
        { "name": "{{{name}}}", "activities": [
            { "id": "sweep", "type": "Sweep", "isStart": true, "properties": { "contentType": "Customer", "filter": "Stage:eq:Prospect", "schedule": "0 8 1 1 *", "dedupeKey": "{{{dedupeKey}}}" } },
            { "id": "log", "type": "Log", "properties": { "message": "{{ item.Name }}" } } ],
          "transitions": [ { "source": "sweep", "outcome": "Done", "destination": "log" } ] }
        """;

    private static Task<(SweepResult Result, int Statements)> RunAsync(WorkflowTestHost host, WorkflowVersion version) => host.Content.RunAsync(async s =>
    {
        var db = s.GetRequiredService<TenantDb>();
        var before = db.CommandCount;
        var result = await s.GetRequiredService<SweepRunner>().RunAsync(version, version.Definition.Find("sweep")!, CancellationToken.None);
        return (result, db.CommandCount - before);
    });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_re_run_that_starts_nothing_costs_one_query(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        foreach (var name in new[] { "Acme", "Beta", "Cosmo" }) await host.Content.CreateAsync("Customer", $$"""{ "Name": "{{name}}", "Stage": "Prospect" }""");
        await host.Content.CreateAsync("Customer", """{ "Name": "Won", "Stage": "Customer" }""");
        var version = await host.PublishAsync(Sweep("EachProspect", "{Id}"));

        var first = await RunAsync(host, version);
        var again = await RunAsync(host, version);

        Assert.Equal(new SweepResult(3, 3), first.Result);
        Assert.Equal(new SweepResult(3, 0), again.Result);
        Assert.Equal(1, again.Statements);
        await host.RunDueAsync();
        Assert.Equal(["Finished", "Finished", "Finished"], (await host.InstancesAsync()).Select(i => i.Status));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Items_that_share_a_dedupe_key_start_one_instance_between_them(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        foreach (var name in new[] { "Acme", "Beta", "Cosmo" }) await host.Content.CreateAsync("Customer", $$"""{ "Name": "{{name}}", "Stage": "Prospect" }""");
        var version = await host.PublishAsync(Sweep("OncePerStage", "stage:{Stage}"));

        var first = await RunAsync(host, version);
        var again = await RunAsync(host, version);

        Assert.Equal(new SweepResult(3, 1), first.Result);
        Assert.Equal(new SweepResult(3, 0), again.Result);
        Assert.Single(await host.InstancesAsync());
    }
}
