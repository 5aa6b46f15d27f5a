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
}
