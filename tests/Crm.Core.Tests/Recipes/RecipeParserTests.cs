using Crm.Core.Recipes;

namespace Crm.Core.Tests.Recipes;

public sealed class RecipeParserTests
{
    [Fact]
    public void The_orchard_shaped_metadata_is_read()
    {
        var recipe = RecipeParser.Parse("""
            {
              // comments and trailing commas are allowed, as in hand-written recipes
              "name": "crm", "displayName": "CRM", "description": "All", "author": "Us", "version": "1.0",
              "issetuprecipe": true, "categories": ["crm"], "tags": ["default"],
              "variables": { "now": "2026-01-01" },
              "steps": [ { "name": "Feature", "enable": ["Crm.Users"] }, ],
            }
            """, "crm.recipe.json");

        Assert.Equal("crm", recipe.Name);
        Assert.Equal("CRM", recipe.DisplayName);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal(["crm"], recipe.Categories);
        Assert.Single(recipe.Steps);
        Assert.Equal("2026-01-01", recipe.Variables["now"]!.GetValue<string>());
    }

    [Fact]
    public void Step_properties_are_found_whatever_their_case()
    {
        var recipe = RecipeParser.Parse("""{ "name": "x", "steps": [ { "Name": "Roles", "roles": [] } ] }""", "x");

        Assert.NotNull(recipe.Steps[0]["name"]);
        Assert.NotNull(recipe.Steps[0]["Roles"]);
    }

    [Fact]
    public void Every_shape_error_is_reported_at_once()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeParser.Parse("""{ "variables": 3, "steps": "no", "issetuprecipe": "yes" }""", "bad"));

        Assert.Equal(["$.name", "$.steps", "$.variables", "$.issetuprecipe"], error.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Variables_fill_placeholders_keeping_the_type_of_a_whole_value()
    {
        var recipe = RecipeParser.Parse("""
            {
              "name": "v",
              "variables": { "company": "Acme", "size": 25, "features": [ "Crm.Users" ] },
              "steps": [
                { "name": "Settings", "SiteName": "${company} CRM", "PageSize": "${ size }" },
                { "name": "Feature", "enable": "${features}" }
              ]
            }
            """, "v");

        Assert.Equal("Acme CRM", recipe.Steps[0]["SiteName"]!.GetValue<string>());
        Assert.Equal(25, recipe.Steps[0]["PageSize"]!.GetValue<int>());
        Assert.Equal("Crm.Users", recipe.Steps[1]["enable"]![0]!.GetValue<string>());
    }

    [Fact]
    public void An_unknown_variable_is_an_error_at_its_path()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeParser.Parse("""
            { "name": "v", "variables": { "a": "x" }, "steps": [ { "name": "Settings", "SiteName": "${b}" } ] }
            """, "v"));

        var problem = Assert.Single(error.Errors);
        Assert.Equal((0, "$.steps[0].SiteName"), (problem.StepIndex!.Value, problem.Path));
        Assert.Contains("unknown variable 'b'", problem.Message);
    }
}
