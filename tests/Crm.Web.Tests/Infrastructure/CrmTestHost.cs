using Crm.Core.Data;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Infrastructure;

/// <summary>The real host (Program) on a throw-away database, with a known admin password and API key.</summary>
public sealed class CrmTestHost : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Default-Admin-Pass1";
    public const string AdminApiKey = "default-tenant-admin-api-key-0001";

    private CrmTestHost(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public static async Task<CrmTestHost> StartAsync(DatabaseProvider provider)
    {
        var host = new CrmTestHost(await TestDatabase.CreateAsync(provider));
        _ = host.Server; // starts the host: creates the default tenant
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Crm:DataDir", Database.DataDir);
        builder.UseSetting("Crm:Database:Provider", Database.Provider.ToString());
        if (Database.ConnectionString is not null) builder.UseSetting("Crm:Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Crm:Admin:Password", AdminPassword);
        builder.UseSetting("Crm:Admin:ApiKey", AdminApiKey);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Creates a tenant the way `tenant create` does.</summary>
    public Task<TenantCreateResult> CreateTenantAsync(string name, string recipe = "crm", string? adminPassword = null, string? apiKey = null) =>
        Service<TenantSetupService>().CreateAsync(new TenantCreateRequest
        {
            Name = name,
            UrlPrefix = name.ToLowerInvariant(),
            Recipe = recipe,
            AdminPassword = adminPassword,
            AdminApiKey = apiKey,
        }, CancellationToken.None);

    /// <summary>Runs code in a DI scope that belongs to the tenant, as a request of that tenant would.</summary>
    public async Task InTenantAsync(string tenant, Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Tenant = Service<TenantRegistry>().Find(tenant)
            ?? throw new InvalidOperationException($"No tenant '{tenant}'.");
        await action(scope.ServiceProvider);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
