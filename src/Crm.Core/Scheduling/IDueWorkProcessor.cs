namespace Crm.Core.Scheduling;

/// <summary>
/// A module's background work in a tenant (workflow timers, the outbox, sweeps): run what is due now and say when the
/// next piece is due. Resolved in a scope of the tenant; a module whose feature is disabled for the tenant returns null.
/// </summary>
public interface IDueWorkProcessor
{
    /// <returns>When this processor next has work (in the past when more is due than it ran this time), or null for none.</returns>
    Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
