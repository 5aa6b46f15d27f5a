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
        return new Command("recipe", "Recipe commands") { validate, Run(host, output, error), Export(host, output, error) };
    }

    private static Command Run(Func<CancellationToken, Task<CliHost>> host, TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The recipe JSON file" };
        var tenant = new Option<string>("--tenant") { Description = "Tenant to run it on", Required = true };
        var run = new Command("run", "Run a recipe on an existing tenant, in one transaction") { file, tenant };
        run.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"File not found: {path.FullName}");
                return 1;
            }
            await using var services = await host(cancellationToken);
            if (services.TenantScope(parse.GetValue(tenant)!) is not { } scope)
            {
                await error.WriteLineAsync($"No running tenant named '{parse.GetValue(tenant)}'.");
                return 1;
            }
            await using (scope)
            {
                try
                {
                    var recipe = await RecipeHarvester.LoadFileAsync(path.FullName, cancellationToken);
                    await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
                    await output.WriteLineAsync($"Recipe '{recipe.Name}' ran on tenant '{parse.GetValue(tenant)}' ({recipe.Steps.Count} steps).");
                    return 0;
                }
                catch (RecipeException e)
                {
                    await error.WriteLineAsync(e.Message);
                    return 1;
                }
            }
        });
        return run;
    }

    private static Command Export(Func<CancellationToken, Task<CliHost>> host, TextWriter output, TextWriter error)
    {
        var tenant = new Option<string>("--tenant") { Description = "Tenant to export", Required = true };
        var outFile = new Option<FileInfo>("--out") { Description = "Recipe file to write", Required = true };
        var content = new Option<bool>("--content") { Description = "Include the content items" };
        var export = new Command("export", "Export a tenant's features and content definitions (and content) as a recipe") { tenant, outFile, content };
        export.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await host(cancellationToken);
            if (services.TenantScope(parse.GetValue(tenant)!) is not { } scope)
            {
                await error.WriteLineAsync($"No running tenant named '{parse.GetValue(tenant)}'.");
                return 1;
            }
            await using (scope)
            {
                var target = parse.GetValue(outFile)!;
                var recipe = await scope.ServiceProvider.GetRequiredService<Crm.Core.Content.Recipes.ContentExporter>()
                    .ExportAsync(Path.GetFileNameWithoutExtension(target.Name).Replace(".recipe", ""), parse.GetValue(content), cancellationToken);
                await File.WriteAllTextAsync(target.FullName, recipe.ToJsonString(new System.Text.Json.JsonSerializerOptions
                {
                    WriteIndented = true,
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }), cancellationToken);
                await output.WriteLineAsync($"Wrote {target.FullName}.");
                return 0;
            }
        });
        return export;
    }
}
