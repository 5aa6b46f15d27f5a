using System.Net;
using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Users.Models;
using Crm.Users.Services;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Users;

/// <summary>Verified API keys are kept per tenant, yet revocation and expiry take effect on the next call.</summary>
public sealed class ApiKeyVerificationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_key_revoked_after_it_was_used_is_refused_on_the_next_call(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var (key, secret) = await CreateKeyAsync(host, expiresUtc: null);
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithKeyAsync("/api/me", secret)).StatusCode);

        await host.InTenantAsync("Default", s => s.GetRequiredService<ApiKeyService>().RevokeAsync(key.Id));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithKeyAsync("/api/me", secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithKeyAsync("/api/me", CrmTestHost.AdminApiKey)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_key_revoked_on_one_node_is_refused_by_the_other_within_the_check_interval(DatabaseProvider provider)
    {
        var clockB = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var nodeA = await CrmTestHost.StartAsync(provider);
        await using var nodeB = nodeA.StartAnotherNode(clockB);
        var (key, secret) = await CreateKeyAsync(nodeA, expiresUtc: null);
        var client = nodeB.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithKeyAsync("/api/me", secret)).StatusCode);

        await nodeA.InTenantAsync("Default", s => s.GetRequiredService<ApiKeyService>().RevokeAsync(key.Id));

        clockB.Advance(TenantCache.SharedVersionCheckInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithKeyAsync("/api/me", secret)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_key_that_verified_is_refused_once_it_expires(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmTestHost.StartAsync(provider, clock);
        var (_, secret) = await CreateKeyAsync(host, expiresUtc: Start.UtcDateTime.AddMinutes(10));
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithKeyAsync("/api/me", secret)).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithKeyAsync("/api/me", secret)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_keys_last_use_is_recorded_at_most_once_a_minute(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await CrmTestHost.StartAsync(provider, clock);
        var (key, secret) = await CreateKeyAsync(host, expiresUtc: null);
        var client = host.CreateClient();

        await client.GetWithKeyAsync("/api/me", secret);
        var first = await LastUsedAsync(host, key);
        clock.Advance(TimeSpan.FromSeconds(30));
        await client.GetWithKeyAsync("/api/me", secret);
        var withinAMinute = await LastUsedAsync(host, key);
        clock.Advance(TimeSpan.FromSeconds(31));
        await client.GetWithKeyAsync("/api/me", secret);
        var later = await LastUsedAsync(host, key);

        Assert.Equal(Start.UtcDateTime, first);
        Assert.Equal(Start.UtcDateTime, withinAMinute);
        Assert.Equal(Start.UtcDateTime.AddSeconds(61), later);
    }

    private static async Task<(ApiKey Key, string Secret)> CreateKeyAsync(CrmTestHost host, DateTime? expiresUtc)
    {
        (ApiKey, string) created = default;
        await host.InTenantAsync("Default", async s =>
        {
            var admin = await s.GetRequiredService<UserStore>().FindByNameAsync("ADMIN", CancellationToken.None);
            created = await s.GetRequiredService<ApiKeyService>().CreateAsync("integration", admin!.Id, ["Administrator"], expiresUtc: expiresUtc);
        });
        return created;
    }

    private static async Task<DateTime?> LastUsedAsync(CrmTestHost host, ApiKey key)
    {
        DateTime? lastUsed = null;
        await host.InTenantAsync("Default", async s => lastUsed = (await s.GetRequiredService<ApiKeyService>().FindByNameAsync(key.Name))!.LastUsedUtc);
        return lastUsed;
    }
}
