using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Workflows;

/// <summary>The WorkflowType recipe step: bad workflows are refused at their JSON path and leave nothing; a second run changes nothing.</summary>
public sealed class WorkflowTypeStepTests
{
    private static string Recipe(string logType) => $$$"""
        { "name": "automation", "steps": [ { "name": "WorkflowType", "Workflows": [ { "name": "Greeter", "activities": [
            { "id": "created", "type": "ContentCreated", "isStart": true, "properties": { "contentType": "Customer" } },
            { "id": "say", "type": "{{{logType}}}", "properties": { "message": "hello {{ item.Name }}" } } ],
          "transitions": [ { "source": "created", "outcome": "Done", "destination": "say" } ] } ] } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_workflow_is_refused_at_its_activity_path_and_a_good_one_is_published_once(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        Task RunAsync(string json) => host.Content.RunAsync(async s =>
        {
            await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(json, "automation"), CancellationToken.None);
            return true;
        });

        var refused = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe("Shout")));
        Assert.Contains(refused.Errors, e => e.Path == "$.steps[0].Workflows[0].activities[1].type" && e.Message.Contains("'Shout'"));
        Assert.Empty(await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().ListAsync()));

        await RunAsync(Recipe("Log"));
        await RunAsync(Recipe("Log"));

        var greeter = Assert.Single(await host.Content.RunAsync(s => s.GetRequiredService<WorkflowStore>().ListAsync()));
        Assert.Equal(1, greeter.PublishedVersion);
    }
}
