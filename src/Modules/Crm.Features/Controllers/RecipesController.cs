using System.Text.Encodings.Web;
using System.Text.Json;
using Crm.Core.Content.Recipes;
using Crm.Core.Recipes;
using Crm.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Features.Controllers;

/// <summary>Runs an uploaded recipe on this tenant (one transaction) and exports the tenant as a recipe file.</summary>
[RequirePermission(Permissions.ManageRecipes)]
public sealed class RecipesController(RecipeExecutor executor, ContentExporter exporter, IStringLocalizer<FeaturesText> text) : Controller
{
    private const long MaxRecipeBytes = 5 * 1024 * 1024;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [HttpGet("/admin/recipes")]
    public IActionResult Index() => View(new RecipesPage(null, []));

    [HttpPost("/admin/recipes/run")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxRecipeBytes + 64 * 1024)]
    public async Task<IActionResult> Run(IFormFile? recipe, CancellationToken cancellationToken)
    {
        if (recipe is null || recipe.Length == 0) return Fail([text["Choose a recipe file (.json)."]]);
        if (recipe.Length > MaxRecipeBytes) return Fail([text["The recipe file is larger than {0} MB.", MaxRecipeBytes / 1024 / 1024]]);
        string json;
        using (var reader = new StreamReader(recipe.OpenReadStream()))
        {
            json = await reader.ReadToEndAsync(cancellationToken);
        }
        try
        {
            var parsed = RecipeParser.Parse(json, recipe.FileName);
            await executor.ExecuteAsync(parsed, cancellationToken);
            return View("Index", new RecipesPage(text["Recipe '{0}' ran: {1} steps, in one transaction.", parsed.Name, parsed.Steps.Count], []));
        }
        catch (RecipeException e)
        {
            return Fail(e.Errors.Select(error => error.ToString()).ToList());
        }
    }

    [HttpGet("/admin/recipes/export")]
    public async Task<IActionResult> Export(bool content, CancellationToken cancellationToken)
    {
        var recipe = await exporter.ExportAsync("export", content, cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(recipe, Indented);
        return File(bytes, "application/json", content ? "tenant-with-content.recipe.json" : "tenant.recipe.json");
    }

    private ViewResult Fail(IReadOnlyList<string> errors)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new RecipesPage(null, errors));
    }
}
