using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Core.Tenants;
using Crm.Web.Tests.Infrastructure;
using Npgsql;

namespace Crm.Web.Tests.Tenants;

public sealed class TenantCreationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recipe_failing_at_its_last_step_leaves_no_tenant_no_database_and_no_rows(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var recipe = await FailingRecipe.WriteAsync(host.Database.DataDir);

        var failure = await Assert.ThrowsAsync<RecipeException>(() => host.CreateTenantAsync("doomed", recipe: recipe, adminPassword: "Doomed-Admin-1"));

        var error = Assert.Single(failure.Errors);
        Assert.Equal(2, error.StepIndex);
        Assert.Equal("$.steps[2].Users[0].Roles[0]", error.Path);
        Assert.Contains("NoSuchRole", error.Message);
        Assert.Null(await host.Service<TenantStore>().FindAsync("doomed", CancellationToken.None));
        Assert.Null(host.Service<TenantRegistry>().Find("doomed"));
        Assert.False(Directory.Exists(Path.Combine(host.Database.DataDir, "Sites", "doomed")));
        if (provider == DatabaseProvider.Postgres) Assert.False(await SchemaExistsAsync(host.Database.ConnectionString!, "tenant_doomed"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_recipe_is_refused_before_anything_is_created(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var recipe = Path.Combine(host.Database.DataDir, "bad.recipe.json");
        await File.WriteAllTextAsync(recipe, """{ "name": "bad", "steps": [ { "name": "Feature", "enable": [ "Crm.Nothing" ] } ] }""");

        var failure = await Assert.ThrowsAsync<RecipeException>(() => host.CreateTenantAsync("bad", recipe: recipe));

        Assert.Equal("$.steps[0].enable[0]", Assert.Single(failure.Errors).Path);
        Assert.Null(await host.Service<TenantStore>().FindAsync("bad", CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(host.Database.DataDir, "Sites", "bad")));
    }

    [Theory]
    [InlineData("acme", "admin", "URL prefix 'admin' is reserved.")]
    [InlineData("a-b", "ab", "Name 'a-b' must start with a letter")]
    [InlineData("Default", "x", "A tenant named 'Default' already exists.")]
    public async Task Bad_names_and_prefixes_are_refused_with_the_reason(string name, string prefix, string reason)
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var failure = await Assert.ThrowsAsync<TenantSetupException>(() => host.Service<TenantSetupService>().CreateAsync(
            new TenantCreateRequest { Name = name, UrlPrefix = prefix, Recipe = "crm" }, CancellationToken.None));
        Assert.StartsWith(reason, failure.Message);
    }

    private static async Task<bool> SchemaExistsAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = @schema", connection);
        command.Parameters.AddWithValue("schema", schema);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
