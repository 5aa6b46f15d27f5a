using System.Collections.Concurrent;
using System.Globalization;
using Crm.Core.Data;
using Crm.Core.Scheduling;
using Crm.Core.Tenants;

namespace Crm.Core.Content.Store;

/// <summary>
/// Keeps a SQLite tenant's planner statistics in step with its content as it grows: statistics are first gathered when a
/// type's indexes are created, often on an empty tenant, and SQLite never gathers them again by itself (PostgreSQL's
/// autovacuum does, so there this does nothing). Rides on the tenant's other background work rather than waking idle
/// tenants: at most once a day per tenant and node it compares the rows of content_items with the count the statistics were
/// gathered on, and refreshes them (<see cref="ContentStatistics"/>) when the two differ by more than a fifth.
/// </summary>
public sealed class ContentStatisticsRefresh(TenantDb db, TenantScope scope, ContentStatistics statistics, ContentStatisticsRefresh.Schedule schedule)
    : IDueWorkProcessor
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    public const double Drift = 0.2;
    public const long MinimumRows = 1000;

    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.Dialect.Provider != DatabaseProvider.Sqlite || !schedule.TryClaim(scope.Tenant.Name, now)) return null;
        if (await IsStaleAsync(cancellationToken)) await statistics.RefreshAsync(cancellationToken);
        return null; // nothing to wake the tenant for: the next check comes with its next other work
    }

    /// <summary>True when the content has outgrown (or shrunk from) the statistics, or has none yet but enough rows to need them.</summary>
    public async Task<bool> IsStaleAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_items", null, cancellationToken);
        var hasStatistics = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'", null, cancellationToken) > 0;
        var stat = hasStatistics
            ? await db.ExecuteScalarAsync<string>("SELECT stat FROM sqlite_stat1 WHERE tbl = 'content_items' AND idx = @index",
                new { index = ContentStatistics.TypeIndex }, cancellationToken)
            : null;
        if (stat is null || !long.TryParse(stat.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var analyzed)) return rows >= MinimumRows;
        return Math.Max(rows, analyzed) >= MinimumRows && Math.Abs(rows - analyzed) > analyzed * Drift;
    }

    /// <summary>When each tenant was last checked on this node (a restart checks each tenant once more, which is cheap).</summary>
    public sealed class Schedule
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);

        /// <summary>True (and the next check set a day later) when the tenant is due for a check.</summary>
        public bool TryClaim(string tenant, DateTimeOffset now)
        {
            if (_next.TryGetValue(tenant, out var next) && next > now) return false;
            _next[tenant] = now + Interval;
            return true;
        }
    }
}
