using System.Net;
using System.Text.Json;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Tenants;

public sealed class TenantIsolationTests
{
    private const string AcmePassword = "Acme-Admin-Pass1";
    private const string AcmeApiKey = "acme-tenant-admin-api-key-00000001";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tenant_answers_under_its_prefix_and_accepts_only_its_own_users(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.CreateTenantAsync("acme", adminPassword: AcmePassword, apiKey: AcmeApiKey);
        var browser = host.Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/acme/login")).StatusCode);

        // The default tenant's admin password is not acme's.
        var wrong = await browser.LoginAsync("/acme", "admin", CrmTestHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var right = await browser.LoginAsync("/acme", "admin", AcmePassword);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/acme/admin", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/acme/admin")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_of_one_tenant_is_not_a_session_on_another(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.CreateTenantAsync("acme", adminPassword: AcmePassword);
        var browser = host.Browser();

        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);

        var acmeAdmin = await browser.GetAsync("/acme/admin");
        Assert.Equal(HttpStatusCode.Redirect, acmeAdmin.StatusCode);
        Assert.Contains("/acme/login", acmeAdmin.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_api_key_works_only_on_the_tenant_that_issued_it(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.CreateTenantAsync("acme", adminPassword: AcmePassword, apiKey: AcmeApiKey);
        var client = host.CreateClient();

        var onAcme = await client.GetWithKeyAsync("/acme/api/me", AcmeApiKey);
        Assert.Equal(HttpStatusCode.OK, onAcme.StatusCode);
        using var me = JsonDocument.Parse(await onAcme.Content.ReadAsStringAsync());
        Assert.Equal("acme", me.RootElement.GetProperty("tenant").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithKeyAsync("/api/me", AcmeApiKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithKeyAsync("/acme/api/me", CrmTestHost.AdminApiKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithKeyAsync("/api/me", CrmTestHost.AdminApiKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithKeyAsync("/api/me", "not-a-key-of-anyone-at-all-000000")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disabled_tenant_answers_404_until_enabled_again(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.CreateTenantAsync("acme", adminPassword: AcmePassword);
        var setup = host.Service<Crm.Core.Tenants.TenantSetupService>();
        var browser = host.Browser();

        await setup.DisableAsync("acme", CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/acme/login")).StatusCode);

        await setup.EnableAsync("acme", CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/acme/login")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Users_of_one_tenant_are_invisible_and_unaddressable_from_another(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.CreateTenantAsync("acme", adminPassword: AcmePassword);
        var defaultAdmin = host.Browser();
        await defaultAdmin.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        await defaultAdmin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "onlyindefault", ["email"] = "o@example.com", ["password"] = "Only-Default-1", ["roleNames"] = "Agent" });
        var defaultUsers = await defaultAdmin.GetStringAsync("/admin/users");
        var defaultUserId = System.Text.RegularExpressions.Regex.Match(defaultUsers, "data-user=\"onlyindefault\"[\\s\\S]*?/admin/users/([0-9A-Z]{26})/lock\"").Groups[1].Value;
        Assert.NotEmpty(defaultUserId);

        var acmeAdmin = host.Browser();
        await acmeAdmin.LoginAsync("/acme", "admin", AcmePassword);
        Assert.DoesNotContain("onlyindefault", await acmeAdmin.GetStringAsync("/acme/admin/users"));
        var lockForeign = await acmeAdmin.SubmitFormAsync("/acme/admin/users", $"/acme/admin/users/{defaultUserId}/lock", []);
        Assert.Equal(HttpStatusCode.NotFound, lockForeign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Browser().LoginAsync("/acme", "onlyindefault", "Only-Default-1")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tenant_with_a_host_name_answers_on_that_host(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.Service<Crm.Core.Tenants.TenantSetupService>().CreateAsync(new Crm.Core.Tenants.TenantCreateRequest
        {
            Name = "globex", HostName = "crm.globex.example", Recipe = "crm", AdminPassword = "Globex-Admin-1",
        }, CancellationToken.None);
        var client = host.CreateClient();

        using var onHost = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        onHost.Headers.Host = "crm.globex.example";
        onHost.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CrmTestHost.AdminApiKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(onHost)).StatusCode);

        var browser = host.Browser();
        using var login = new HttpRequestMessage(HttpMethod.Get, "/login");
        login.Headers.Host = "crm.globex.example";
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(login)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithKeyAsync("/api/me", CrmTestHost.AdminApiKey)).StatusCode);
    }
}
