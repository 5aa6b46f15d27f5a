using System.Net;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Tenants;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Tenants;

/// <summary>Two hosts on one database behave as two nodes of one deployment.</summary>
public sealed class MultiNodeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_feature_disabled_on_one_node_is_gone_on_the_other_within_the_check_interval(DatabaseProvider provider)
    {
        var clockB = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var nodeA = await CrmTestHost.StartAsync(provider);
        await using var nodeB = nodeA.StartAnotherNode(clockB);
        var client = nodeB.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithKeyAsync("/api/me", CrmTestHost.AdminApiKey)).StatusCode);

        await nodeA.InTenantAsync("Default", s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.ApiKeys"]));

        clockB.Advance(TenantCache.SharedVersionCheckInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithKeyAsync("/api/me", CrmTestHost.AdminApiKey)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tenant_created_on_one_node_is_served_by_the_other(DatabaseProvider provider)
    {
        var clockB = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var nodeA = await CrmTestHost.StartAsync(provider);
        await using var nodeB = nodeA.StartAnotherNode(clockB);
        await nodeA.CreateTenantAsync("acme", adminPassword: "Acme-Admin-Pass1");

        clockB.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, (await nodeB.Browser().GetAsync("/acme/login")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_started_on_one_node_is_accepted_by_the_other(DatabaseProvider provider)
    {
        await using var nodeA = await CrmTestHost.StartAsync(provider);
        await using var nodeB = nodeA.StartAnotherNode();
        var login = await nodeA.Browser().LoginAsync("", "admin", CrmTestHost.AdminPassword);
        var session = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".crm.session", StringComparison.Ordinal)).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", session);
        var response = await nodeB.Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tenant_disabled_on_one_node_stops_answering_on_the_other(DatabaseProvider provider)
    {
        await using var nodeA = await CrmTestHost.StartAsync(provider);
        await nodeA.CreateTenantAsync("acme", adminPassword: "Acme-Admin-Pass1");
        await using var nodeB = nodeA.StartAnotherNode();
        var browser = nodeB.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/acme/login")).StatusCode);

        await nodeA.Service<TenantSetupService>().DisableAsync("acme", CancellationToken.None);

        // Node B's background refresher re-reads the registry every few seconds.
        var deadline = DateTime.UtcNow + TenantRegistryRefresher.Interval * 3;
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            status = (await browser.GetAsync("/acme/login")).StatusCode;
        }
        while (status != HttpStatusCode.NotFound && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
