namespace Crm.Features.Controllers;

/// <param name="Errors">Every problem of a refused recipe, each naming its step and JSON path.</param>
public sealed record RecipesPage(string? Notice, IReadOnlyList<string> Errors);
