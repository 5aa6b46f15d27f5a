using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Recipes;

public sealed class RecipeValidationTests
{
    private static IReadOnlyList<RecipeError> Validate(CrmTestHost host, string json)
    {
        using var scope = host.Services.CreateScope();
        try
        {
            return scope.ServiceProvider.GetRequiredService<RecipeValidator>().Validate(RecipeParser.Parse(json, "test.recipe.json"));
        }
        catch (RecipeException e)
        {
            return e.Errors;
        }
    }

    [Fact]
    public async Task Every_problem_is_reported_with_its_step_index_and_json_path()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var errors = Validate(host, """
            {
              "name": "broken",
              "steps": [
                { "name": "Feature", "enable": [ "Crm.ApiKeys", "Crm.Nope" ] },
                { "name": "Teleport" },
                { "name": "Settings", "TimeZone": "Mars/Olympus", "PageSize": 0, "Colour": "red" },
                { "name": "Roles", "Roles": [ { "Name": "Sales", "Permissions": [ "FlyPlanes" ] } ] },
                { "name": "Users", "Users": [ { "UserName": "kim", "Email": "not-an-email", "Password": "short" } ] }
              ]
            }
            """);

        Assert.Collection(errors,
            e => Assert.Equal((0, "$.steps[0].enable[1]"), (e.StepIndex!.Value, e.Path)),
            e => Assert.Equal((1, "$.steps[1].name"), (e.StepIndex!.Value, e.Path)),
            e => Assert.Equal((2, "$.steps[2].TimeZone"), (e.StepIndex!.Value, e.Path)),
            e => Assert.Equal((2, "$.steps[2].PageSize"), (e.StepIndex!.Value, e.Path)),
            e => Assert.Equal((2, "$.steps[2].Colour"), (e.StepIndex!.Value, e.Path)),
            e => Assert.Equal((3, "$.steps[3].Roles[0].Permissions[0]"), (e.StepIndex!.Value, e.Path)),
            e => Assert.Equal((4, "$.steps[4].Users[0].Email"), (e.StepIndex!.Value, e.Path)),
            e => Assert.Equal((4, "$.steps[4].Users[0].Password"), (e.StepIndex!.Value, e.Path)));
        Assert.Contains("unknown feature 'Crm.Nope'", errors[0].Message);
        Assert.Contains("unknown step 'Teleport'", errors[1].Message);
        Assert.Contains("unknown time zone", errors[2].Message);
    }

    [Fact]
    public async Task A_step_of_a_feature_the_recipe_has_not_enabled_is_refused()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var errors = Validate(host, """
            { "name": "early", "steps": [ { "name": "ApiKeys", "ApiKeys": [ { "Name": "x", "User": "admin", "Key": "0123456789abcdef01234567", "Roles": ["Manager"] } ] } ] }
            """);

        var error = Assert.Single(errors);
        Assert.Equal("$.steps[0].name", error.Path);
        Assert.Contains("needs feature 'Crm.ApiKeys'", error.Message);
    }

    [Theory]
    [InlineData("""{ "name": "x", "steps": [ """, "$ (line 1", "not valid JSON")]
    [InlineData("""[ 1, 2 ]""", "$", "must be a JSON object")]
    [InlineData("""{ "name": "x" }""", "$.steps", "is required")]
    [InlineData("""{ "name": "x", "steps": [ 42 ] }""", "$.steps[0]", "must be a JSON object")]
    [InlineData("""{ "steps": [] }""", "$.name", "is required")]
    public async Task Malformed_recipes_say_where_they_are_malformed(string json, string path, string message)
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var error = Assert.Single(Validate(host, json));
        Assert.StartsWith(path, error.Path);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task The_shipped_recipes_are_valid()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var recipes = await host.Service<RecipeHarvester>().ListAsync(CancellationToken.None);
        Assert.Contains(recipes, r => r.Name == "crm");
        Assert.Contains(recipes, r => r.Name == "blank");
        using var scope = host.Services.CreateScope();
        foreach (var recipe in recipes) Assert.Empty(scope.ServiceProvider.GetRequiredService<RecipeValidator>().Validate(recipe));
    }
}
