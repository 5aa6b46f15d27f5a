using System.Net;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Microsoft.Extensions.DependencyInjection;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.GraphQL;

/// <summary>The API applies the screens' rules: per-type rights, "own" rights in queries, and tenants that never see each other.</summary>
public sealed class GraphQLPermissionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sales_rep_changes_only_their_own_items_and_an_own_only_user_sees_only_theirs(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var (kim, lee) = await api.StaffAsync();
        var admins = (await api.Admin.DataAsync("""mutation { createCustomer(input: { name: "Admin's" }) { id } }"""))["createCustomer"]!["id"]!.GetValue<string>();
        var kims = (await kim.DataAsync("""mutation { createCustomer(input: { name: "Kim's" }) { id } }"""))["createCustomer"]!["id"]!.GetValue<string>();
        await lee.DataAsync("""mutation { createCustomer(input: { name: "Lee's" }) { id } }""");

        var kimSees = await kim.DataAsync("{ customers(orderBy: [DISPLAY_TEXT_ASC]) { totalCount nodes { name } } }");
        var kimEditsOwn = await kim.PostAsync($$"""mutation { updateCustomer(id: "{{kims}}", version: 1, input: { grade: A }) { grade } }""");
        var kimEditsAdmins = await kim.PostAsync($$"""mutation { updateCustomer(id: "{{admins}}", version: 1, input: { grade: A }) { grade } }""");
        var kimDeletesAdmins = await kim.PostAsync($$"""mutation { deleteCustomer(id: "{{admins}}") { id } }""");
        var leeSees = await lee.DataAsync("{ customers { totalCount nodes { name } } }");
        var leeReadsAdmins = await lee.PostAsync($$"""{ customer(id: "{{admins}}") { name } }""");

        Assert.Equal(3, kimSees["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(kimEditsOwn.Errors);
        Assert.Equal("FORBIDDEN", kimEditsAdmins.Code);
        Assert.Equal("FORBIDDEN", kimDeletesAdmins.Code);
        Assert.Equal(1, leeSees["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Lee's", leeSees["customers"]!["nodes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", leeReadsAdmins.Code);
        Assert.Null(leeReadsAdmins.Data!["customer"]);
        Assert.Null((await api.Admin.DataAsync($$"""{ customer(id: "{{admins}}") { grade } }"""))["customer"]!["grade"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Related_items_the_caller_may_not_see_are_left_out(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var (_, lee) = await api.StaffAsync();
        var admins = (await api.Admin.DataAsync("""mutation { createCustomer(input: { name: "Admin's" }) { id } }"""))["createCustomer"]!["id"]!.GetValue<string>();
        await lee.DataAsync($$"""mutation { createActivity(input: { subject: "Lee's call", customer: "{{admins}}" }) { id } }""");
        await api.Admin.DataAsync($$"""mutation { createActivity(input: { subject: "Admin's call", customer: "{{admins}}" }) { id } }""");

        var activities = (await lee.DataAsync("{ activities { nodes { subject customer { name } } } }"))["activities"]!["nodes"]!.AsArray();

        Assert.Single(activities);
        Assert.Equal("Lee's call", activities[0]!["subject"]!.GetValue<string>());
        Assert.Null(activities[0]!["customer"]); // the customer is the admin's: Lee may not see it
        var adminView = (await api.Admin.DataAsync($$"""{ customer(id: "{{admins}}") { activities(orderBy: [DISPLAY_TEXT_ASC]) { subject } } }"""))["customer"]!;
        Assert.Equal(2, adminView["activities"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tenants_key_is_refused_by_another_tenant_and_its_ids_never_resolve_there(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        await api.Content.Host.CreateTenantAsync("Acme", apiKey: "acme-tenant-admin-api-key-0001");
        await api.Content.Host.InTenantAsync("Acme", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(SalesRecipe.Parse(), CancellationToken.None));
        var acmeApi = api.Client("acme-tenant-admin-api-key-0001", "/acme/api/graphql");
        var acmeCustomer = (await acmeApi.DataAsync("""mutation { createCustomer(input: { name: "Only in Acme" }) { id } }"""))["createCustomer"]!["id"]!.GetValue<string>();

        var acmeKeyOnDefault = await api.Client("acme-tenant-admin-api-key-0001").PostAsync("{ customers { totalCount } }");
        var defaultKeyOnAcme = await api.Client(CrmTestHost.AdminApiKey, "/acme/api/graphql").PostAsync("{ customers { totalCount } }");
        var acmeIdOnDefault = await api.Admin.DataAsync($$"""{ customer(id: "{{acmeCustomer}}") { name } }""");

        Assert.Equal(HttpStatusCode.Unauthorized, acmeKeyOnDefault.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, defaultKeyOnAcme.Status);
        Assert.Null(acmeIdOnDefault["customer"]);
        Assert.Equal(0, (await api.Admin.DataAsync("{ customers { totalCount } }"))["customers"]!["totalCount"]!.GetValue<int>());
    }
}
