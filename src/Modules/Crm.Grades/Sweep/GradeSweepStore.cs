using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Scheduling;

namespace Crm.Grades.Sweep;

/// <summary>The sweep's one row: asking for a run (now or at the nightly hour), its progress, and how the last run ended.</summary>
public sealed class GradeSweepStore(TenantDb db, DueWork due)
{
    private const string Columns =
        "phase AS Phase, next_utc AS NextUtc, requested_utc AS RequestedUtc, started_utc AS StartedUtc, finished_utc AS FinishedUtc, " +
        "after_id AS AfterId, tenant_average AS TenantAverage, customers AS Customers, changes AS Changes, error AS Error";

    public Task<GradeSweepState?> GetAsync(CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<GradeSweepState>($"SELECT {Columns} FROM grade_sweep WHERE id = 1", null, cancellationToken);

    /// <summary>Recalculate as soon as the scheduler wakes the tenant (after this transaction commits); a run in progress finishes first, then runs again.</summary>
    public async Task RequestAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(
            "INSERT INTO grade_sweep (id, phase, requested_utc) VALUES (1, @idle, @now) ON CONFLICT (id) DO UPDATE SET requested_utc = excluded.requested_utc",
            new { idle = GradeSweepState.Idle, now = DateTimeFieldKind.Canonical(now) }, cancellationToken);
        await due.ScheduleAsync(now, cancellationToken);
    }

    public Task SaveAsync(GradeSweepState state, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            UPDATE grade_sweep SET phase = @Phase, next_utc = @NextUtc, requested_utc = @RequestedUtc, started_utc = @StartedUtc, finished_utc = @FinishedUtc,
                after_id = @AfterId, tenant_average = @TenantAverage, customers = @Customers, changes = @Changes, error = @Error WHERE id = 1
            """, state, cancellationToken);
}
