using System.Net;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Modules;

public sealed class FeatureGatingTests
{
    private const string AcmePassword = "Acme-Admin-Pass1";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disabled_feature_answers_404_and_leaves_the_menu_for_that_tenant_only(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.CreateTenantAsync("acme", adminPassword: AcmePassword);
        var acme = host.Browser();
        await acme.LoginAsync("/acme", "admin", AcmePassword);
        Assert.Equal(HttpStatusCode.OK, (await acme.GetAsync("/acme/admin/api-keys")).StatusCode);

        await host.InTenantAsync("acme", s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.ApiKeys"]));

        Assert.Equal(HttpStatusCode.NotFound, (await acme.GetAsync("/acme/admin/api-keys")).StatusCode);
        Assert.DoesNotContain("API keys", await acme.GetStringAsync("/acme/admin"));

        var defaultTenant = host.Browser();
        await defaultTenant.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await defaultTenant.GetAsync("/admin/api-keys")).StatusCode);
        Assert.Contains("API keys", await defaultTenant.GetStringAsync("/admin"));

        await host.InTenantAsync("acme", s => s.GetRequiredService<FeatureManager>().EnableAsync(["Crm.ApiKeys"]));
        Assert.Equal(HttpStatusCode.OK, (await acme.GetAsync("/acme/admin/api-keys")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_always_enabled_feature_cannot_be_disabled(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var failure = await Assert.ThrowsAsync<FeatureException>(() =>
            host.InTenantAsync("Default", s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.Users"])));
        Assert.Contains("always enabled", failure.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Disabling_a_feature_keeps_its_data_for_when_it_is_enabled_again(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var client = host.CreateClient();
        await host.InTenantAsync("Default", s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.ApiKeys"]));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithKeyAsync("/api/me", CrmTestHost.AdminApiKey)).StatusCode);

        await host.InTenantAsync("Default", s => s.GetRequiredService<FeatureManager>().EnableAsync(["Crm.ApiKeys"]));
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithKeyAsync("/api/me", CrmTestHost.AdminApiKey)).StatusCode);
    }
}
