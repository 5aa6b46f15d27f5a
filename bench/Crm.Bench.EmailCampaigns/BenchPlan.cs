using Crm.Core.Content.Queries;
using Crm.Core.Data;

namespace Crm.Bench.EmailCampaigns;

/// <summary>The database's plan of a compiled query, as one line per step: EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL.</summary>
public static class BenchPlan
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(TenantDb db, CompiledContentQuery compiled, CancellationToken cancellationToken) =>
        db.Dialect.Provider == DatabaseProvider.Sqlite
            ? (await db.QueryAsync<PlanRow>("EXPLAIN QUERY PLAN " + compiled.Sql, compiled.Parameters, cancellationToken)).Select(r => r.Detail).ToList()
            : (await db.QueryAsync<string>("EXPLAIN " + compiled.Sql, compiled.Parameters, cancellationToken)).Select(l => l.Trim()).ToList();

    private sealed class PlanRow
    {
        public string Detail { get; set; } = "";
    }
}
