using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Core.Tenants;

/// <summary>
/// Re-reads the host registry every few seconds, so that tenants created, disabled or enabled by another node
/// (or by the CLI) are seen here without a restart.
/// </summary>
public sealed class TenantRegistryRefresher(TenantRegistry registry, TimeProvider clock, ILogger<TenantRegistryRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await registry.TryReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reloading the tenant registry failed; keeping the last known tenants");
            }
        }
    }
}
