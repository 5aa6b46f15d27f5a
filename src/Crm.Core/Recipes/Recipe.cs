using System.Text.Json.Nodes;

namespace Crm.Core.Recipes;

/// <summary>A parsed recipe in the Orchard-compatible shape: metadata plus an ordered list of steps.</summary>
public sealed record Recipe
{
    public required string Name { get; init; }
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string Author { get; init; } = "";
    public string Version { get; init; } = "";
    public bool IsSetupRecipe { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public JsonObject Variables { get; init; } = [];
    public IReadOnlyList<JsonObject> Steps { get; init; } = [];

    /// <summary>Where the recipe came from (a file path or a module resource), for messages.</summary>
    public string Source { get; init; } = "";
}
