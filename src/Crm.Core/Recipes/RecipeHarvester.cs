using Crm.Core.Hosting;
using Crm.Core.Modules;
using Microsoft.Extensions.Options;

namespace Crm.Core.Recipes;

/// <summary>
/// Finds recipes: files named *.recipe.json in the host's recipes/ folder (and Crm:RecipesPath), and
/// module resources under Recipes/. A module resource named "{FeatureId}.recipe.json" is that feature's
/// recipe, run the first time the feature is enabled for a tenant.
/// </summary>
public sealed class RecipeHarvester(IOptions<CrmOptions> options)
{
    private const string Suffix = ".recipe.json";

    public IEnumerable<string> Folders
    {
        get
        {
            yield return Path.Combine(AppContext.BaseDirectory, "recipes");
            if (!string.IsNullOrEmpty(options.Value.RecipesPath)) yield return Path.GetFullPath(options.Value.RecipesPath);
        }
    }

    /// <summary>Recipes tenants can be created from.</summary>
    public async Task<IReadOnlyList<Recipe>> ListAsync(CancellationToken cancellationToken)
    {
        var recipes = new List<Recipe>();
        foreach (var file in Folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*" + Suffix)))
        {
            recipes.Add(await LoadFileAsync(file, cancellationToken));
        }
        return recipes.DistinctBy(r => r.Name, StringComparer.OrdinalIgnoreCase).OrderBy(r => r.Name).ToList();
    }

    /// <summary>A recipe by name ("crm") or by file path; null when there is none.</summary>
    public async Task<Recipe?> FindAsync(string nameOrPath, CancellationToken cancellationToken)
    {
        if (File.Exists(nameOrPath)) return await LoadFileAsync(nameOrPath, cancellationToken);
        foreach (var folder in Folders)
        {
            var file = Path.Combine(folder, nameOrPath + Suffix);
            if (File.Exists(file)) return await LoadFileAsync(file, cancellationToken);
        }
        var all = await ListAsync(cancellationToken);
        return all.FirstOrDefault(r => string.Equals(r.Name, nameOrPath, StringComparison.OrdinalIgnoreCase));
    }

    public static async Task<Recipe> LoadFileAsync(string path, CancellationToken cancellationToken) =>
        RecipeParser.Parse(await File.ReadAllTextAsync(path, cancellationToken), path);

    /// <summary>The recipes a feature's module ships for it.</summary>
    public async Task<IReadOnlyList<Recipe>> FeatureRecipesAsync(FeatureInfo feature, CancellationToken cancellationToken)
    {
        var assembly = feature.Module.Assembly;
        var resource = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith("/" + feature.Id + Suffix, StringComparison.OrdinalIgnoreCase) ||
                                 n.Equals(feature.Id + Suffix, StringComparison.OrdinalIgnoreCase));
        if (resource is null) return [];
        await using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return [RecipeParser.Parse(await reader.ReadToEndAsync(cancellationToken), $"{feature.Module.Id}:{resource}")];
    }
}
