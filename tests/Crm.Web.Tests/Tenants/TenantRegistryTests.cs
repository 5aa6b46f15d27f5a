using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Web.Cli;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Tenants;

public sealed class TenantRegistryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Re_reading_the_registry_keeps_the_cached_values_of_unchanged_tenants_and_drops_those_of_changed_ones(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.CreateTenantAsync("acme", adminPassword: "Acme-Admin-Pass1");
        var registry = host.Service<TenantRegistry>();
        // The records as the registry reads them back (PostgreSQL keeps CreatedUtc to the microsecond: the first reading
        // differs from the record the setup kept, and drops that tenant's values once).
        await registry.ReloadAsync(CancellationToken.None);
        var defaultVersion = registry.Default!.Version;
        var acmeVersion = registry.Find("acme")!.Version;

        // Another process (the CLI) disables acme; the server learns of it when it re-reads the registry.
        var error = new StringWriter();
        Assert.True(await CrmCli.RunAsync(["tenant", "disable", "acme"], new StringWriter(), error, host.Database.CliSettings()) == 0, error.ToString());
        await registry.ReloadAsync(CancellationToken.None);
        await registry.ReloadAsync(CancellationToken.None);

        Assert.Equal(defaultVersion, registry.Default!.Version);
        Assert.NotEqual(acmeVersion, registry.Find("acme")!.Version);
        Assert.Equal(TenantState.Disabled, registry.Find("acme")!.Record.State);
    }
}
