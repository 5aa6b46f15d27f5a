using System.CommandLine;
using Crm.Core.Tenants;
using Crm.Web.Hosting;

namespace Crm.Web.Cli;

/// <summary>
/// Operator commands on the same program: <c>recipe validate FILE</c>, <c>tenant list|create|disable|enable</c>.
/// They use the configured data directory and database, without starting the web server.
/// </summary>
public static class CrmCli
{
    private static readonly string[] Commands = ["recipe", "tenant"];

    public static bool Handles(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <param name="settings">Configuration on top of appsettings and environment (tests point it at their data directory).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        Func<CancellationToken, Task<CliHost>> services = cancellationToken => StartServicesAsync(settings, cancellationToken);
        var root = new RootCommand("CrmPlatform operator commands")
        {
            RecipeCommands.Create(services, output, error),
            TenantCommands.Create(services, output, error),
        };
        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The host's services (same configuration as the server) with the tenant registry loaded.</summary>
    private static async Task<CliHost> StartServicesAsync(IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddCrmPlatform();
        var app = builder.Build();
        await app.Services.GetRequiredService<TenantStore>().EnsureCreatedAsync(cancellationToken);
        await app.Services.GetRequiredService<TenantRegistry>().ReloadAsync(cancellationToken);
        return new CliHost(app);
    }
}
