using Crm.Core.Outbox;
using Crm.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using OutboxService = Crm.Core.Outbox.Outbox;

namespace Crm.Web.Tests.Infrastructure;

/// <summary>Reading the default tenant's outbox and running due background work, as the scheduler would.</summary>
public static class OutboxTestExtensions
{
    public static async Task<OutboxMessage> OutboxMessageAsync(this CrmTestHost host, string id)
    {
        OutboxMessage? message = null;
        await host.InTenantAsync("Default", async s => message = await s.GetRequiredService<OutboxService>().FindAsync(id));
        return message ?? throw new InvalidOperationException($"No outbox message {id}.");
    }

    /// <summary>One pass of the scheduler at the host clock's time; returns how many tenants ran.</summary>
    public static Task<int> RunDueWorkAsync(this CrmTestHost host) => host.Service<DueWorkScheduler>().RunOnceAsync(CancellationToken.None);
}
