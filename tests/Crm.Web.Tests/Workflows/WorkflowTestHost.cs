using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Workflows;

/// <summary>The sales model with a fake clock, and shortcuts to publish workflows, run due work and read instances.</summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private WorkflowTestHost(ContentTestHost content, FakeTimeProvider clock)
    {
        Content = content;
        Clock = clock;
    }

    public ContentTestHost Content { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<WorkflowTestHost> StartAsync(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        return new WorkflowTestHost(await ContentTestHost.StartAsync(provider, clock), clock);
    }

    /// <summary>Saves and publishes a workflow written as JSON (the recipe and designer form).</summary>
    public Task<WorkflowVersion> PublishAsync(string json) => Content.RunAsync(async s =>
    {
        var store = s.GetRequiredService<WorkflowStore>();
        var type = await store.SaveDraftAsync(WorkflowJson.Read(json));
        return await store.PublishAsync(type.Id, null);
    });

    /// <summary>Runs the scheduler until no tenant is due at the fake clock's current time.</summary>
    public Task RunDueAsync() => Content.Host.RunAllDueWorkAsync();

    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await RunDueAsync();
    }

    public Task<IReadOnlyList<InstanceRow>> InstancesAsync() => Content.RunAsync(async s =>
        await s.GetRequiredService<TenantDb>().QueryAsync<InstanceRow>(
            "SELECT id AS Id, status AS Status, incident AS Incident, correlation AS Correlation, version AS Version FROM workflow_instances ORDER BY created_utc, id"));

    public Task<IReadOnlyList<LogEntry>> LogAsync(string instanceId) => Content.RunAsync(s => s.GetRequiredService<InstanceStore>().LogAsync(instanceId, CancellationToken.None));

    public Task<int> PublishEventAsync(string name, string? correlation, JsonObject? payload = null) =>
        Content.RunAsync(s => s.GetRequiredService<WorkflowEvents>().PublishAsync(name, correlation, payload));

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public sealed class InstanceRow
    {
        public string Id { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Incident { get; set; }
        public string? Correlation { get; set; }
        public int Version { get; set; }
    }
}
