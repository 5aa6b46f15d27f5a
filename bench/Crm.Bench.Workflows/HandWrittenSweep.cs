using Crm.Bench.Common;
using Crm.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Workflows;

/// <summary>
/// What a developer writes by hand for "prospects with no activity in the last 7 days": the same table, the same indexed
/// expressions and predicate as the sweep's filter — the selection alone, and (for the cost of the writes themselves)
/// the same instances and Start bookmarks made in one INSERT ... SELECT, rolled back.
/// </summary>
public sealed class HandWrittenSweep(BenchHost host)
{
    private static readonly BenchCustomerSql Sql = new(DatabaseProvider.Postgres);

    public static string Where => $"content_type = '{BenchModel.Type}' AND deleted_utc IS NULL AND {Sql.Stage} = @stage AND {Sql.LastActivityAt} < @cutoff";

    /// <summary>The ids of the matching customers, read by the client.</summary>
    public async Task<int> SelectAsync(string cutoff, CancellationToken cancellationToken)
    {
        await using var scope = host.TenantScope();
        var ids = await scope.ServiceProvider.GetRequiredService<TenantDb>()
            .QueryAsync<string>($"SELECT id FROM content_items WHERE {Where}", new { stage = "Prospect", cutoff }, cancellationToken);
        return ids.Count;
    }

    /// <summary>One instance and one Start bookmark per match in a single statement, rolled back; returns the instances made.</summary>
    public async Task<int> CreateRolledBackAsync(string cutoff, string now, CancellationToken cancellationToken)
    {
        const string id = "substr(md5(random()::text || clock_timestamp()::text), 1, 26)";
        var args = new Dictionary<string, object> { ["stage"] = "Prospect", ["cutoff"] = cutoff, ["now"] = now };
        return await LongSql.ExecuteAsync(host,
            "BEGIN; " +
            "WITH made AS (INSERT INTO workflow_instances (id, type_id, version, status, correlation, dedupe_key, state, incident, is_test, created_utc, modified_utc) " +
            $"SELECT {id}, 'handwritten', 1, 'Pending', id, 'customer:' || id || ':no-activity:' || COALESCE({Sql.LastActivityAt}, ''), " +
            "'{\"input\":{\"itemId\":\"' || id || '\"}}', NULL, false, @now, @now " +
            $"FROM content_items WHERE {Where} ON CONFLICT (type_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id) " +
            $"INSERT INTO workflow_bookmarks (id, instance_id, activity_id, kind, due_utc) SELECT {id}, id, 'sweep', 'Start', @now FROM made; " +
            "ROLLBACK;", args, cancellationToken); // the outer INSERT's rows: one bookmark per instance made
    }
}
