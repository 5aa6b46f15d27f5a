using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Recipes;

public sealed class RecipeIdempotencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Running_a_recipe_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var recipe = RecipeParser.Parse("""
            {
              "name": "team",
              "steps": [
                { "name": "Feature", "enable": [ "Crm.ApiKeys" ] },
                { "name": "Settings", "SiteName": "Team", "PageSize": 25 },
                { "name": "Roles", "Roles": [ { "Name": "Auditor", "Description": "Reads everything", "Permissions": [ "AccessAdmin" ] } ] },
                { "name": "Users", "Users": [ { "UserName": "lee", "Email": "lee@example.com", "Password": "Lee-Password-1", "Roles": [ "Auditor" ] } ] },
                { "name": "ApiKeys", "ApiKeys": [ { "Name": "erp", "User": "lee", "Key": "erp-integration-key-000000001", "Roles": [ "Auditor" ] } ] }
              ]
            }
            """, "team");

        await host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, CancellationToken.None));
        var first = await SnapshotAsync(host);
        await host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, CancellationToken.None));
        var second = await SnapshotAsync(host);

        Assert.Contains("roles: AUDITOR|Auditor|Reads everything", first);
        Assert.Contains(first, row => row.StartsWith("users: lee|"));
        Assert.Equal(first, second);
    }

    private static async Task<List<string>> SnapshotAsync(CrmTestHost host)
    {
        var rows = new List<string>();
        await host.InTenantAsync("Default", async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            async Task Add(string table, string sql)
            {
                foreach (var row in await db.QueryAsync<string>(sql)) rows.Add($"{table}: {row}");
            }
            await Add("features", "SELECT feature_id || '|' || CAST(enabled AS TEXT) FROM features ORDER BY feature_id");
            await Add("settings", "SELECT name || '=' || value FROM settings ORDER BY name");
            await Add("roles", "SELECT normalized_name || '|' || name || '|' || description FROM roles ORDER BY normalized_name");
            await Add("role_permissions", "SELECT role || '|' || permission FROM role_permissions ORDER BY role, permission");
            await Add("users", "SELECT user_name || '|' || password_hash || '|' || security_stamp FROM users ORDER BY user_name");
            await Add("user_roles", "SELECT user_id || '|' || role FROM user_roles ORDER BY user_id, role");
            await Add("api_keys", "SELECT name || '|' || secret_hash || '|' || roles FROM api_keys ORDER BY name");
        });
        return rows;
    }
}
