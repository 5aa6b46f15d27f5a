using Crm.Core.Tenants;

namespace Crm.Web.Cli;

/// <summary>The built (not started) host a CLI command runs against.</summary>
public sealed class CliHost(WebApplication app) : IAsyncDisposable
{
    public IServiceProvider Services => app.Services;

    /// <summary>A DI scope that belongs to the named (running) tenant, or null when there is no such tenant.</summary>
    public AsyncServiceScope? TenantScope(string tenantName)
    {
        var tenant = Services.GetRequiredService<TenantRegistry>().Find(tenantName);
        if (tenant is null || tenant.Record.State != TenantState.Running) return null;
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Crm.Core.Tenants.TenantScope>().Tenant = tenant;
        return scope;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
