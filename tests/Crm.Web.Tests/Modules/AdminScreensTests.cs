using System.Net;
using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Modules;

public sealed class AdminScreensTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_features_screen_enables_and_disables_a_feature_for_the_tenant(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var browser = host.Browser();
        await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var page = await browser.GetStringAsync("/admin/features");
        Assert.Contains("API keys", page);
        Assert.Contains("always on", page);

        var disabled = await browser.SubmitFormAsync("/admin/features", "/admin/features/Crm.ApiKeys/disable", []);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Contains("Disabled: API keys", await disabled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/api-keys")).StatusCode);

        var refused = await browser.SubmitFormAsync("/admin/features", "/admin/features/Crm.Users/disable", []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("always enabled", await refused.Content.ReadAsStringAsync());

        await browser.SubmitFormAsync("/admin/features", "/admin/features/Crm.ApiKeys/enable", []);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/api-keys")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_tenants_screen_exists_only_on_the_default_tenant_and_creates_tenants(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var browser = host.Browser();
        await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var created = await browser.SubmitFormAsync("/admin/tenants", "/admin/tenants",
            new() { ["name"] = "beta", ["prefix"] = "beta", ["recipe"] = "crm", ["adminEmail"] = "boss@beta.example" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Tenant 'beta' created", WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()));
        Assert.Equal(TenantState.Running, (await host.Service<TenantStore>().FindAsync("beta", CancellationToken.None))!.State);

        var duplicate = await browser.SubmitFormAsync("/admin/tenants", "/admin/tenants",
            new() { ["name"] = "gamma", ["prefix"] = "beta", ["recipe"] = "crm", ["adminEmail"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("URL prefix 'beta' is already used", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()));

        await host.CreateTenantAsync("acme", adminPassword: "Acme-Admin-Pass1");
        var acme = host.Browser();
        await acme.LoginAsync("/acme", "admin", "Acme-Admin-Pass1");
        Assert.Equal(HttpStatusCode.NotFound, (await acme.GetAsync("/acme/admin/tenants")).StatusCode);
    }
}
