using System.Collections.Concurrent;
using Crm.Core.Data;
using Crm.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Tenants;

/// <summary>
/// Brings a tenant's schema up to date the first time this process serves it (new module versions ship new
/// migrations). Checking is one query; the migration runner only starts when a migration is missing.
/// </summary>
public sealed class TenantActivator(IServiceScopeFactory scopes, SchemaMigrator migrator)
{
    private readonly ConcurrentDictionary<TenantRuntime, Lazy<Task>> _activated = new();

    public Task EnsureActiveAsync(TenantRuntime tenant, CancellationToken cancellationToken)
    {
        var activation = _activated.GetOrAdd(tenant, t => new Lazy<Task>(() => ActivateAsync(t)));
        if (activation.Value.IsFaulted) _activated.TryRemove(tenant, out _);
        return activation.Value.WaitAsync(cancellationToken);
    }

    private async Task ActivateAsync(TenantRuntime tenant)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Tenant = tenant;
        var enabled = await scope.ServiceProvider.GetRequiredService<FeatureManager>().GetEnabledAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDb>();
        await migrator.EnsureTenantAsync(db, tenant.Database, enabled, CancellationToken.None);
    }
}
