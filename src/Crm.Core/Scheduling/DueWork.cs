using Crm.Core.Data;
using Crm.Core.Tenants;

namespace Crm.Core.Scheduling;

/// <summary>
/// How a module asks for the current tenant to be woken at a time (a timer, an outbox message). The request is made when
/// the open transaction commits (at once when none is open): waking before the work is visible would find nothing.
/// </summary>
public sealed class DueWork(TenantScope scope, TenantDb db, TenantWakeups wakeups)
{
    public Task ScheduleAsync(DateTimeOffset due, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Tenant.Name;
        return db.AfterCommitAsync(() => wakeups.RequestAsync(tenant, due, cancellationToken));
    }
}
