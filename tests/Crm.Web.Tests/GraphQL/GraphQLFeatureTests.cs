using System.Net;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Users.Services;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.GraphQL;

public sealed class GraphQLFeatureTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_explorer_page_needs_the_API_permission_and_a_disabled_feature_answers_404(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        await api.StaffAsync();
        var admin = api.Content.Host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        var noApi = api.Content.Host.Browser();
        await api.Content.Host.InTenantAsync("Default", s => s.GetRequiredService<RolePermissions>().SetAsync("Intern", ["AccessAdmin"], CancellationToken.None));
        await noApi.LoginAsync("", "lee", "Lee-Password-1");

        var page = await admin.GetStringAsync("/admin/graphiql");
        Assert.Contains("/lib/graphiql/graphiql.min.js", page);
        Assert.Contains("GraphQL explorer", await admin.GetStringAsync("/admin"));
        var refused = await noApi.GetAsync("/admin/graphiql");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/denied", refused.Headers.Location?.ToString());

        await api.Content.Host.InTenantAsync("Default", s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.GraphQL"]));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/graphiql")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Admin.PostAsync("{ contentTypes { name } }")).Status);
        Assert.DoesNotContain("GraphQL explorer", await admin.GetStringAsync("/admin"));
    }
}
