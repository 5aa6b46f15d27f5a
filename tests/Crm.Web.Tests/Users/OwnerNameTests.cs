using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Users.Models;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Users;

/// <summary>Owners' names are kept per tenant, yet renaming or deleting a user shows on the next request, and on other nodes within the check interval.</summary>
public sealed class OwnerNameTests
{
    private const string Owners = "{ customers { nodes { name owner { id name } } } }";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_renamed_owner_shows_the_new_name_on_the_next_request(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var kim = await CreateUserAsync(api, "kim");
        await CreateCustomerAsync(api, "Acme", kim.Id);
        Assert.Equal("kim", await OwnerNameAsync(api.Admin));

        await WithUsersAsync(api.Content.Host, async users => Assert.True((await users.SetUserNameAsync((await users.FindByIdAsync(kim.Id))!, "kim.minji")).Succeeded));

        Assert.Equal("kim.minji", await OwnerNameAsync(api.Admin));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_owner_is_no_longer_shown(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var kim = await CreateUserAsync(api, "kim");
        await CreateCustomerAsync(api, "Acme", kim.Id);
        Assert.Equal("kim", await OwnerNameAsync(api.Admin));

        await WithUsersAsync(api.Content.Host, async users => Assert.True((await users.DeleteAsync((await users.FindByIdAsync(kim.Id))!)).Succeeded));

        var node = (await api.Admin.DataAsync(Owners))["customers"]!["nodes"]![0]!;
        Assert.Null(node["owner"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rename_on_one_node_shows_on_the_other_within_the_check_interval(DatabaseProvider provider)
    {
        var clockB = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = await GraphQLTestHost.StartAsync(provider);
        await using var nodeB = api.Content.Host.StartAnotherNode(clockB);
        var onB = new GraphQLClient(nodeB.CreateClient(), CrmTestHost.AdminApiKey);
        var kim = await CreateUserAsync(api, "kim");
        await CreateCustomerAsync(api, "Acme", kim.Id);
        Assert.Equal("kim", await OwnerNameAsync(onB));

        await WithUsersAsync(api.Content.Host, async users => Assert.True((await users.SetUserNameAsync((await users.FindByIdAsync(kim.Id))!, "kim.minji")).Succeeded));

        clockB.Advance(TenantCache.SharedVersionCheckInterval);
        Assert.Equal("kim.minji", await OwnerNameAsync(onB));
    }

    private static async Task<CrmUser> CreateUserAsync(GraphQLTestHost api, string name)
    {
        var user = new CrmUser { UserName = name, Email = $"{name}@example.com", EmailConfirmed = true };
        await WithUsersAsync(api.Content.Host, async users => Assert.True((await users.CreateAsync(user, "Password-1234")).Succeeded));
        return user;
    }

    private static Task<ContentItem> CreateCustomerAsync(GraphQLTestHost api, string name, string owner) =>
        api.Content.RunAsync(s => s.GetRequiredService<ContentManager>().CreateAsync("Customer", new JsonObject { ["Name"] = name }, owner));

    private static Task WithUsersAsync(CrmTestHost host, Func<UserManager<CrmUser>, Task> action) =>
        host.InTenantAsync("Default", s => action(s.GetRequiredService<UserManager<CrmUser>>()));

    private static async Task<string?> OwnerNameAsync(GraphQLClient client) =>
        (await client.DataAsync(Owners))["customers"]!["nodes"]![0]!["owner"]?["name"]?.GetValue<string>();
}
