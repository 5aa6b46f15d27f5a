using Crm.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Core.Scheduling;

/// <summary>
/// Each node's loop over due tenants: claim them in the host registry, run every <see cref="IDueWorkProcessor"/> in a
/// scope of the tenant, and record when the tenant is next due. State lives in the databases only: nothing is loaded at
/// start-up, and a tenant without due work is never touched.
/// </summary>
public sealed class DueWorkScheduler(
    TenantWakeups wakeups,
    TenantRegistry registry,
    TenantActivator activator,
    IServiceScopeFactory scopes,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<DueWorkScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground) return;
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                // Keep going while tenants were due: a busy node drains its work without waiting for the next tick.
                while (await RunOnceAsync(stoppingToken) > 0 && !stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Looking for due background work failed; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs the work of the tenants due now; returns how many tenants ran.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var claims = await wakeups.ClaimDueAsync(now, now + settings.Lease, settings.TenantsPerPoll, cancellationToken);
        foreach (var claim in claims)
        {
            DateTimeOffset? next;
            try
            {
                next = await RunTenantAsync(claim.Tenant, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Background work of tenant {Tenant} failed", claim.Tenant);
                next = clock.GetUtcNow() + settings.RetryAfterFailure;
            }
            await wakeups.CompleteAsync(claim, next, cancellationToken);
        }
        return claims.Count;
    }

    private async Task<DateTimeOffset?> RunTenantAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = registry.Find(name);
        if (tenant is null || tenant.Record.State != TenantState.Running) return null;
        // A tenant woken before any request reached this node may lack newer migrations (the tables its work uses among them).
        await activator.EnsureActiveAsync(tenant, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Tenant = tenant;
        DateTimeOffset? next = null;
        foreach (var processor in scope.ServiceProvider.GetServices<IDueWorkProcessor>())
        {
            var due = await processor.RunDueAsync(clock.GetUtcNow(), cancellationToken);
            if (due is { } d && (next is null || d < next)) next = d;
        }
        return next;
    }
}
