using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Tenants;

/// <summary>
/// The real host (Program, with AddCrmPlatform/UseCrmPlatform) in this process, on SQLite in a given data
/// directory. Requests go through the in-memory test server: no sockets, so the figures are the host's own
/// work, not the network stack's.
/// </summary>
public sealed class BenchHost(string dataDir) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Bench-Admin-Pass1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as a deployed host runs; not Development (extra diagnostics) nor the tests' Testing.
        builder.UseEnvironment("Production");
        builder.UseSetting("Crm:DataDir", dataDir);
        builder.UseSetting("Crm:Database:Provider", "Sqlite");
        builder.UseSetting("Crm:Admin:Password", AdminPassword);
        // Information-level logging of 200 tenant creations would be measured as console I/O, not as tenant cost.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the host (creates the host database and the default tenant on first start).</summary>
    public void Start() => _ = Server;

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
}
