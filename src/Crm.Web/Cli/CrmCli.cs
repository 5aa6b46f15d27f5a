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

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = new RootCommand("CrmPlatform operator commands")
        {
            RecipeCommands.Create(Services, output, error),
            TenantCommands.Create(Services, output, error),
        };
        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The host's services (same configuration as the server) with the tenant registry loaded.</summary>
    private static async Task<CliHost> Services(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.AddCrmPlatform();
        var app = builder.Build();
        await app.Services.GetRequiredService<TenantStore>().EnsureCreatedAsync(cancellationToken);
        await app.Services.GetRequiredService<TenantRegistry>().ReloadAsync(cancellationToken);
        return new CliHost(app);
    }
}
