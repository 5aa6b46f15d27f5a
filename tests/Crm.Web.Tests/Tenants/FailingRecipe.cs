namespace Crm.Web.Tests.Tenants;

/// <summary>A recipe that passes validation and fails at its last step (step 2: a user with a role that does not exist).</summary>
public static class FailingRecipe
{
    public const string Json = """
        {
          "name": "fails-last",
          "steps": [
            { "name": "Feature", "enable": [ "Crm.ApiKeys" ] },
            { "name": "Settings", "SiteName": "Doomed" },
            { "name": "Users", "Users": [ { "UserName": "kim", "Email": "kim@example.com", "Password": "Kim-Password-1", "Roles": [ "NoSuchRole" ] } ] }
          ]
        }
        """;

    /// <summary>Writes the recipe into <paramref name="directory"/> and returns its path, which tenant creation accepts as the recipe.</summary>
    public static async Task<string> WriteAsync(string directory)
    {
        var path = Path.Combine(directory, "fails-last.recipe.json");
        await File.WriteAllTextAsync(path, Json);
        return path;
    }
}
