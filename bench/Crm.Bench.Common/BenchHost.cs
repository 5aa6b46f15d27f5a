using System.Net;
using Crm.Core.Data;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Common;

/// <summary>
/// The real host (Program, with AddCrmPlatform/UseCrmPlatform) in this process, on a given data directory and
/// database. By default requests go through the in-memory test server: no sockets, so the figures are the host's own
/// work, not the network stack's. <see cref="StartOnLoopback"/> puts it on a Kestrel socket instead, for load from
/// another process.
/// </summary>
/// <param name="configure">Further settings or services of a bench (applied after the common ones).</param>
public sealed class BenchHost(
    string dataDir, DatabaseProvider provider = DatabaseProvider.Sqlite, string? connectionString = null, Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Bench-Admin-Pass1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as a deployed host runs; not Development (extra diagnostics) nor the tests' Testing.
        builder.UseEnvironment("Production");
        builder.UseSetting("Crm:DataDir", dataDir);
        builder.UseSetting("Crm:Database:Provider", provider.ToString());
        if (connectionString is not null) builder.UseSetting("Crm:Database:ConnectionString", connectionString);
        builder.UseSetting("Crm:Admin:Password", AdminPassword);
        // Information-level logging of thousands of operations would be measured as console I/O.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        configure?.Invoke(builder);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the host (creates the host database and the default tenant on first start).</summary>
    public void Start() => _ = Server;

    /// <summary>Starts the host on Kestrel at 127.0.0.1, on a port the OS picks; returns where it answers (no trailing slash).</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        return new Uri(addresses.Addresses.Single());
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A DI scope of the named tenant, as a request of that tenant has.</summary>
    public AsyncServiceScope TenantScope(string tenant = TenantRecord.DefaultName)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Crm.Core.Tenants.TenantScope>().Tenant =
            Service<TenantRegistry>().Find(tenant) ?? throw new InvalidOperationException($"No tenant '{tenant}'.");
        return scope;
    }

    /// <summary>
    /// Brings the tenant's schema up to date as its first request would (a kept database may predate migrations that
    /// modules ship since): scopes made by <see cref="TenantScope"/> skip the request pipeline that does it.
    /// </summary>
    public Task ActivateAsync(string tenant = TenantRecord.DefaultName) =>
        Service<Crm.Core.Tenants.TenantActivator>().EnsureActiveAsync(
            Service<TenantRegistry>().Find(tenant) ?? throw new InvalidOperationException($"No tenant '{tenant}'."), CancellationToken.None);

    /// <summary>WebApplicationFactory looks for the host's manifest in the current directory; `dotnet run --project` leaves it elsewhere.</summary>
    public static void UseBinaryDirectory() => Directory.SetCurrentDirectory(AppContext.BaseDirectory);
}
