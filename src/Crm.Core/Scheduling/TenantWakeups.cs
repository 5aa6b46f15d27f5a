using System.Data.Common;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Hosting;
using Dapper;

namespace Crm.Core.Scheduling;

/// <summary>
/// The host's list of tenants with background work and when it is due. A tenant asks to be woken (the earliest request
/// wins); a node claims due tenants with a lease (so two nodes do not run one tenant's work at once, and a crashed node's
/// claim expires), runs their work and records when they are next due. Every request bumps a version, so a request made
/// while the tenant's work ran is never overwritten by the run's own (later) next due time.
/// </summary>
public sealed class TenantWakeups(DataLocations locations)
{
    public async Task RequestAsync(string tenant, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var host = locations.Host;
        var earliest = host.Provider == DatabaseProvider.Sqlite ? "MIN" : "LEAST";
        await using var connection = await DbConnections.OpenAsync(host, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO tenant_wakeups (tenant, due_utc, version) VALUES (@tenant, @due, 1) " +
            $"ON CONFLICT (tenant) DO UPDATE SET due_utc = {earliest}(tenant_wakeups.due_utc, excluded.due_utc), version = tenant_wakeups.version + 1",
            new { tenant, due = Stamp(due) }, cancellationToken: cancellationToken));
    }

    /// <summary>Up to <paramref name="limit"/> due tenants not claimed by a live lease, now leased until <paramref name="leaseUntil"/>.</summary>
    public async Task<IReadOnlyList<TenantWakeup>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        var host = locations.Host;
        await using var connection = await DbConnections.OpenAsync(host, cancellationToken);
        var rows = await connection.QueryAsync<TenantWakeup>(new CommandDefinition(
            "UPDATE tenant_wakeups SET lease_until = @lease WHERE tenant IN (" +
            "SELECT tenant FROM tenant_wakeups WHERE due_utc <= @now AND (lease_until IS NULL OR lease_until < @now) " +
            $"ORDER BY due_utc LIMIT @limit {host.Dialect.ClaimLockSuffix}) RETURNING tenant AS Tenant, version AS Version",
            new { now = Stamp(now), lease = Stamp(leaseUntil), limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Ends a claim: the tenant is next due at <paramref name="next"/> (null: no work left) — unless it asked to be woken
    /// meanwhile, in which case that request stands.
    /// </summary>
    public async Task CompleteAsync(TenantWakeup claim, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        await using var connection = await DbConnections.OpenAsync(locations.Host, cancellationToken);
        var changed = next is { } due
            ? await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE tenant_wakeups SET due_utc = @due, lease_until = NULL WHERE tenant = @Tenant AND version = @Version",
                new { claim.Tenant, claim.Version, due = Stamp(due) }, cancellationToken: cancellationToken))
            : await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM tenant_wakeups WHERE tenant = @Tenant AND version = @Version", claim, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE tenant_wakeups SET lease_until = NULL WHERE tenant = @Tenant", claim, cancellationToken: cancellationToken));
        }
    }

    /// <summary>When the tenant is next due, or null (for tests and the admin's view).</summary>
    public async Task<DateTimeOffset?> DueAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var connection = await DbConnections.OpenAsync(locations.Host, cancellationToken);
        var due = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT due_utc FROM tenant_wakeups WHERE tenant = @tenant", new { tenant }, cancellationToken: cancellationToken));
        return due is null ? null : DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Canonical UTC text, whose order is time order (as content dates are stored).</summary>
    private static string Stamp(DateTimeOffset instant) => DateTimeFieldKind.Canonical(instant);
}
