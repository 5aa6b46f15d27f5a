using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Tenants;

public sealed class FirstStartTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_empty_data_directory_becomes_a_ready_default_tenant_whose_admin_can_sign_in(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var browser = host.Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/live")).StatusCode);

        var login = await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location?.OriginalString);

        var admin = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var page = await admin.Content.ReadAsStringAsync();
        Assert.Contains("Users", page);
        Assert.Contains("API keys", page);
    }

    [Fact]
    public async Task The_admin_area_sends_anonymous_visitors_to_the_login_page()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var response = await host.Browser().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/login", response.Headers.Location?.ToString());
    }
}
