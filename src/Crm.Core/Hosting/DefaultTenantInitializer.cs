using Crm.Core.Tenants;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Core.Hosting;

/// <summary>
/// On start: creates the data directory and host database, loads the tenant registry, and on first start
/// creates the default tenant from the configured recipe. A generated admin password is printed once.
/// </summary>
public sealed class DefaultTenantInitializer(
    TenantStore store,
    TenantRegistry registry,
    TenantSetupService setup,
    IOptions<CrmOptions> options,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<DefaultTenantInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        await registry.ReloadAsync(cancellationToken);
        if (registry.Default is not null) return;

        var admin = options.Value.Admin;
        var result = await setup.CreateAsync(new TenantCreateRequest
        {
            Name = TenantRecord.DefaultName,
            Recipe = options.Value.DefaultRecipe,
            AdminUserName = admin.UserName,
            AdminEmail = admin.Email,
            AdminPassword = string.IsNullOrEmpty(admin.Password) ? null : admin.Password,
            AdminApiKey = string.IsNullOrEmpty(admin.ApiKey) ? null : admin.ApiKey,
        }, cancellationToken);
        logger.LogInformation("Default tenant created from recipe {Recipe}", options.Value.DefaultRecipe);

        lifetime.ApplicationStarted.Register(() =>
        {
            var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no HTTP address)";
            var password = result.GeneratedAdminPassword ?? "(the configured Crm:Admin:Password)";
            Console.WriteLine();
            Console.WriteLine("CrmPlatform is set up.");
            Console.WriteLine($"  Sign in at {url.TrimEnd('/')}/login");
            Console.WriteLine($"  User:      {admin.UserName}");
            Console.WriteLine($"  Password:  {password}");
            if (result.GeneratedAdminPassword is not null) Console.WriteLine("  (generated; shown only this once - set Crm:Admin:Password to choose it)");
            Console.WriteLine();
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
