using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Infrastructure;

/// <summary>
/// The real host (Program) on a real Kestrel socket, which a browser can reach (the default TestServer lives in
/// memory only): 127.0.0.1 on a port the OS picks, SQLite in a throw-away data directory, a known admin password.
/// </summary>
public sealed class KestrelCrmHost : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Browser-Admin-Pass1";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "crm-browser-tests", Guid.NewGuid().ToString("N"));

    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="defaultRecipe">The recipe the default tenant is made from: "platform" (no CRM types) unless a test needs the CRM.</param>
    /// <param name="settings">More configuration, e.g. the sample staff's password.</param>
    public KestrelCrmHost(string defaultRecipe = "platform", IReadOnlyDictionary<string, string>? settings = null)
    {
        DefaultRecipe = defaultRecipe;
        _settings = settings ?? new Dictionary<string, string>();
        Directory.CreateDirectory(_dataDir);
        // Port 0: the OS picks a free port, so test classes running in parallel never collide.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DefaultRecipe { get; }

    /// <summary>Where the server answers, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    /// <summary>Runs code in a DI scope of the default tenant, as one of its requests would: to set up a model or data without the screens.</summary>
    public async Task InDefaultTenantAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Tenant = Services.GetRequiredService<TenantRegistry>().Default
            ?? throw new InvalidOperationException("The host has no default tenant.");
        await action(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Crm:DataDir", _dataDir);
        builder.UseSetting("Crm:Database:Provider", "Sqlite");
        builder.UseSetting("Crm:Admin:UserName", AdminUserName);
        builder.UseSetting("Crm:Admin:Password", AdminPassword);
        // These tests model their own types; a SalesRep's day runs on a tenant made from the crm recipe.
        builder.UseSetting("Crm:DefaultRecipe", DefaultRecipe);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
