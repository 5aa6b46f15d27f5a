using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Data;
using Crm.Core.Security;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class ContentAuthorizationTests
{
    private static ClaimsPrincipal User(string id, params string[] roles) => new(new ClaimsIdentity(
        roles.Select(r => new Claim(ClaimTypes.Role, r))
            .Append(new Claim(ClaimTypes.NameIdentifier, id))
            .Append(new Claim(CrmClaims.Tenant, "Default")), "test"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sales_rep_sees_every_item_but_changes_only_their_own(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var rep = User("01JD0000000000000000000REP", "SalesRep");

        var (view, editOwn, editOther, deleteOther, scope) = await content.RunAsync(async s =>
        {
            var type = (await s.GetRequiredService<ContentDefinitionManager>().GetAsync()).FindType("Customer")!;
            var authorizer = s.GetRequiredService<ContentAuthorizer>();
            return (
                await authorizer.CanAsync(rep, ContentAction.View, type, "01JD00000000000000000OTHER"),
                await authorizer.CanAsync(rep, ContentAction.Edit, type, "01JD0000000000000000000REP"),
                await authorizer.CanAsync(rep, ContentAction.Edit, type, "01JD00000000000000000OTHER"),
                await authorizer.CanAsync(rep, ContentAction.Delete, type, "01JD00000000000000000OTHER"),
                await authorizer.ViewScopeAsync(rep, type));
        });

        Assert.True(view);
        Assert.True(editOwn);
        Assert.False(editOther);
        Assert.False(deleteOther);
        Assert.Equal(ContentScope.All, scope);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_securable_type_has_its_own_permissions_in_the_matrix_and_the_general_ones_no_longer_apply(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().AlterAsync(d =>
            d.With(d.FindType("Customer")! with { Settings = d.FindType("Customer")!.Settings with { Securable = true } })));

        var (names, repCanView, adminCanDelete) = await content.RunAsync(async s =>
        {
            var type = (await s.GetRequiredService<ContentDefinitionManager>().GetAsync()).FindType("Customer")!;
            var authorizer = s.GetRequiredService<ContentAuthorizer>();
            return (
                (await s.GetRequiredService<TenantPermissions>().GetAllAsync()).Select(p => p.Name).ToList(),
                await authorizer.CanAsync(User("01JD0000000000000000000REP", "SalesRep"), ContentAction.View, type, null),
                await authorizer.CanAsync(User("01JD000000000000000000ADMN", "Administrator"), ContentAction.Delete, type, null));
        });

        Assert.Contains("ViewContent_Customer", names);
        Assert.Contains("DeleteOwnContent_Customer", names);
        Assert.DoesNotContain("ViewContent_Activity", names);
        Assert.False(repCanView);
        Assert.True(adminCanDelete);
    }

    [Fact]
    public async Task The_menu_lists_the_types_a_user_may_see()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        var browser = content.Host.Browser();
        await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var page = await browser.GetStringAsync("/admin");

        Assert.Contains("/contents/Customer", page);
        Assert.Contains("/contents/Activity", page);
        Assert.Contains("/admin/content-types", page);
    }
}
