using Crm.Core.Data;
using Crm.Web.Cli;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Recipes;

public sealed class RecipeRunExportCliTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recipe_run_applies_a_file_to_a_tenant_and_recipe_export_writes_it_back(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var settings = host.Database.CliSettings();
        var model = Path.Combine(host.Database.DataDir, "model.recipe.json");
        await File.WriteAllTextAsync(model, SalesRecipe.Json);
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.Equal(0, await CrmCli.RunAsync(["recipe", "run", model, "--tenant", "Default"], output, error, settings));
        Assert.Contains("Recipe 'sales-model' ran on tenant 'Default'", output.ToString());

        var exported = Path.Combine(host.Database.DataDir, "exported.recipe.json");
        Assert.Equal(0, await CrmCli.RunAsync(["recipe", "export", "--tenant", "Default", "--out", exported], output, error, settings));
        var text = await File.ReadAllTextAsync(exported);
        Assert.Contains("\"ContentDefinition\"", text);
        Assert.Contains("\"StageGradeActivity\"", text);
        Assert.Equal(0, await CrmCli.RunAsync(["recipe", "validate", exported], output, error, settings));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recipe_run_explains_a_missing_tenant_or_a_failing_step(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var settings = host.Database.CliSettings();
        var bad = Path.Combine(host.Database.DataDir, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, """{ "name": "bad", "steps": [ { "name": "Settings", "TimeZone": "Mars/Base" } ] }""");
        var error = new StringWriter();

        Assert.Equal(1, await CrmCli.RunAsync(["recipe", "run", bad, "--tenant", "ghost"], new StringWriter(), error, settings));
        Assert.Contains("No running tenant named 'ghost'", error.ToString());
        Assert.Equal(1, await CrmCli.RunAsync(["recipe", "run", bad, "--tenant", "Default"], new StringWriter(), error, settings));
        Assert.Contains("step 0 at $.steps[0].TimeZone: unknown time zone", error.ToString());
    }
}
