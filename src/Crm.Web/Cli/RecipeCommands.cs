using System.CommandLine;
using Crm.Core.Recipes;

namespace Crm.Web.Cli;

public static class RecipeCommands
{
    public static Command Create(Func<CancellationToken, Task<CliHost>> host, TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The recipe JSON file" };
        var validate = new Command("validate", "Check a recipe without running it: exit 0, or 1 with every error") { file };
        validate.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"File not found: {path.FullName}");
                return 1;
            }
            await using var services = await host(cancellationToken);
            IReadOnlyList<RecipeError> errors;
            Recipe? recipe = null;
            try
            {
                recipe = await RecipeHarvester.LoadFileAsync(path.FullName, cancellationToken);
                using var scope = services.Services.CreateScope();
                errors = scope.ServiceProvider.GetRequiredService<RecipeValidator>().Validate(recipe);
            }
            catch (RecipeException e)
            {
                errors = e.Errors;
            }
            if (errors.Count == 0)
            {
                await output.WriteLineAsync($"Recipe '{recipe!.Name}' is valid ({recipe.Steps.Count} steps).");
                return 0;
            }
            await error.WriteLineAsync($"{path.Name}: {errors.Count} error(s)");
            foreach (var e in errors) await error.WriteLineAsync("  " + e);
            return 1;
        });
        return new Command("recipe", "Recipe commands") { validate };
    }
}
