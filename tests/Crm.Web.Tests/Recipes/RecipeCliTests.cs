using Crm.Web.Cli;

namespace Crm.Web.Tests.Recipes;

public sealed class RecipeCliTests
{
    [Fact]
    public async Task Recipe_validate_exits_1_naming_the_step_and_path_of_each_error()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "cli", "steps": [ { "name": "Feature", "enable": [ "Crm.Unknown" ] }, { "name": "Bogus" } ] }
            """);
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            var exit = await CrmCli.RunAsync(["recipe", "validate", file], output, error);

            Assert.Equal(1, exit);
            var text = error.ToString();
            Assert.Contains("step 0 at $.steps[0].enable[0]: unknown feature 'Crm.Unknown'", text);
            Assert.Contains("step 1 at $.steps[1].name: unknown step 'Bogus'", text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Recipe_validate_exits_0_for_the_crm_recipe()
    {
        var output = new StringWriter();
        var exit = await CrmCli.RunAsync(["recipe", "validate", Path.Combine(AppContext.BaseDirectory, "recipes", "crm.recipe.json")], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("Recipe 'crm' is valid", output.ToString());
    }
}
