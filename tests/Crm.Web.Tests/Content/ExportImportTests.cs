using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Recipes;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class ExportImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exporting_and_importing_into_a_new_tenant_reproduces_definitions_and_items(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var customer = await content.CreateAsync("Customer", """{ "Name": "한빛상사", "Grade": "A", "Tags": ["vip"], "LastActivityAt": "2026-11-20T09:30:00+09:00" }""");
        await content.CreateAsync("Activity", $$"""{ "Subject": "Call", "Customer": "{{customer.Id}}", "DueAt": "2026-11-25T10:00:00Z" }""");
        await content.RunAsync(async s =>
        {
            await s.GetRequiredService<SavedQueries>().SaveAsync(new SavedQuery("HotProspects", "Customer",
                JsonNode.Parse("""{ "Stage": "Prospect", "Grade": ["A", "B"] }"""), ["LastActivityAt desc"]));
            return 0;
        });

        var exported = await content.RunAsync(s => s.GetRequiredService<ContentExporter>().ExportAsync("snapshot", includeContent: true));
        var file = Path.Combine(content.Host.Database.DataDir, "snapshot.recipe.json");
        await File.WriteAllTextAsync(file, exported.ToJsonString());
        await content.Host.CreateTenantAsync("copy", recipe: "blank", adminPassword: "Copy-Admin-Pass1");
        await content.Host.InTenantAsync("copy", async s => await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(await RecipeHarvester.LoadFileAsync(file, CancellationToken.None), CancellationToken.None));

        Assert.Equal(await SnapshotAsync(content.Host, "Default"), await SnapshotAsync(content.Host, "copy"));
        var definitions = await DefinitionsAsync(content.Host, "copy");
        Assert.NotNull(definitions.FindType("Customer"));
        Assert.Equal(2, (await SnapshotAsync(content.Host, "copy")).Count(r => r.StartsWith("item ")));
        Assert.Single(await SnapshotAsync(content.Host, "copy"), r => r.StartsWith("query HotProspects Customer"));

        // Importing the same export again changes nothing.
        await content.Host.InTenantAsync("copy", async s => await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(await RecipeHarvester.LoadFileAsync(file, CancellationToken.None), CancellationToken.None));
        Assert.Equal(await SnapshotAsync(content.Host, "Default"), await SnapshotAsync(content.Host, "copy"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_item_in_a_content_step_names_its_step_item_and_field(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var recipe = RecipeParser.Parse("""
            { "name": "bad-content", "steps": [ { "name": "Content", "data": [
              { "ContentType": "Customer", "Customer": { "Name": "Fine" } },
              { "ContentType": "Customer", "Customer": { "Name": "Broken", "Stage": "Lead" } } ] } ] }
            """, "bad-content");

        var failure = await Assert.ThrowsAsync<RecipeException>(() =>
            content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, CancellationToken.None)));

        var error = Assert.Single(failure.Errors);
        Assert.Equal((0, "$.steps[0].data[1].Customer.Stage"), (error.StepIndex!.Value, error.Path));
        Assert.Equal(0, await content.CountAsync("Customer")); // the first item was rolled back with the rest
    }

    private static async Task<ContentDefinitions> DefinitionsAsync(CrmTestHost host, string tenant)
    {
        ContentDefinitions result = ContentDefinitions.Empty;
        await host.InTenantAsync(tenant, async s => result = await s.GetRequiredService<ContentDefinitionManager>().GetAsync());
        return result;
    }

    private static async Task<List<string>> SnapshotAsync(CrmTestHost host, string tenant)
    {
        var rows = new List<string>();
        await host.InTenantAsync(tenant, async s =>
        {
            var definitions = await s.GetRequiredService<ContentDefinitionManager>().GetAsync();
            rows.Add("definitions " + OrchardDefinitionFormat.Write(definitions).ToJsonString());
            foreach (var query in await s.GetRequiredService<SavedQueries>().ListAsync())
            {
                rows.Add($"query {query.Name} {query.ContentType} {query.Filter?.ToJsonString()} {string.Join(",", query.OrderBy)}");
            }
            var db = s.GetRequiredService<TenantDb>();
            foreach (var row in await db.QueryAsync<(string Id, string ContentType, string DisplayText, string Data)>(
                         "SELECT id, content_type, display_text, data FROM content_items ORDER BY id"))
            {
                rows.Add($"item {row.Id} {row.ContentType} {row.DisplayText} {JsonNode.Parse(row.Data)!.ToJsonString()}");
            }
        });
        return rows;
    }
}
