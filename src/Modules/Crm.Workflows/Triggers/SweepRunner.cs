using System.Text;
using System.Text.Json;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Core.Scheduling;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Dapper;

namespace Crm.Workflows.Triggers;

/// <summary>
/// Runs a sweep set-based. One query selects every match the way the filter's indexes serve it, with its dedupe key
/// computed in SQL from the item's columns, left-joined to the workflow's instances on that key: the matches whose key is
/// new come back with their key, the others as nothing. A re-run that starts nothing is that one read. The new matches
/// are then made in chunks (one transaction each) from those values alone: one INSERT ... SELECT over the chunk's ids and
/// keys creates the instances — ON CONFLICT DO NOTHING against the unique (workflow, dedupe key) index, so a concurrent
/// run on another node starts nothing twice — and returns the ones it made, which one more statement gives their Start
/// bookmarks. A sweep interrupted between chunks is completed by the next run: the keys make it idempotent.
/// </summary>
/// <remarks>
/// The chunks do not read the items again: re-applying the filter to a list of ids let PostgreSQL walk the whole match
/// set through the filter's index per chunk. An item changed or deleted after the selection is handled as one changed
/// after its instance was made (the Start loads the item as it is then).
/// </remarks>
public sealed class SweepRunner(TenantDb db, ContentQuery query, ContentDefinitionManager definitions, FieldKinds kinds, DueWork due, TimeProvider clock)
{
    /// <summary>New matches per transaction: a sweep of a million items holds no long transaction (nor a huge parameter list).</summary>
    public const int ChunkSize = 10_000;

    public async Task<SweepResult> RunAsync(WorkflowVersion version, ActivityDefinition sweep, CancellationToken cancellationToken)
    {
        var compiled = await CompileAsync(sweep, cancellationToken);
        var key = await DedupeKeySqlAsync(sweep, compiled.ContentType, db.Dialect, cancellationToken);
        var parameters = new DynamicParameters(compiled.Parameters);
        parameters.AddDynamicParams(new { sweepType = version.TypeId });
        var matches = await db.QueryAsync<(string? Item, string? Key)>(
            "SELECT CASE WHEN i.id IS NULL THEN m.id END, CASE WHEN i.id IS NULL THEN m.sweep_key END " +
            $"FROM (SELECT id, {key} AS sweep_key FROM content_items WHERE {compiled.Where}) m " +
            "LEFT JOIN workflow_instances i ON i.type_id = @sweepType AND i.dedupe_key IS NOT NULL AND i.dedupe_key = m.sweep_key",
            parameters, cancellationToken);
        var started = 0;
        // In item order: two nodes sweeping at once take the keys in the same order, so neither holds one the other waits for while waiting for one it holds.
        var fresh = matches.Where(m => m.Item is not null).Select(m => (Item: m.Item!, Key: m.Key!)).OrderBy(m => m.Item, StringComparer.Ordinal);
        foreach (var chunk in fresh.Chunk(ChunkSize))
        {
            started += await StartChunkAsync(version, sweep, chunk, cancellationToken);
        }
        if (started > 0)
        {
            await due.ScheduleAsync(clock.GetUtcNow(), cancellationToken);
            await RefreshStatisticsAsync(cancellationToken);
        }
        return new SweepResult(matches.Count, started);
    }

    private async Task<int> StartChunkAsync(WorkflowVersion version, ActivityDefinition sweep, (string Item, string Key)[] chunk, CancellationToken cancellationToken)
    {
        var dialect = db.Dialect;
        var now = Stamps.Of(clock.GetUtcNow());
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var made = (await db.QueryAsync<string>(
            "INSERT INTO workflow_instances (id, type_id, version, status, correlation, dedupe_key, state, incident, is_test, created_utc, modified_utc) " +
            $"SELECT {Stamps.SqlId(dialect)}, @type, @version, @pending, s.item, s.sweep_key, '{{\"input\":{{\"itemId\":\"' || s.item || '\"}}}}', NULL, @test, @now, @now " +
            $"FROM {Rows(dialect)} WHERE true ON CONFLICT (type_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id",
            RowParameters(dialect, chunk, new { type = version.TypeId, version = version.Version, pending = "Pending", test = false, now }), cancellationToken)).ToArray();
        if (made.Length > 0)
        {
            await db.ExecuteAsync(
                "INSERT INTO workflow_bookmarks (id, instance_id, activity_id, kind, due_utc) " +
                $"SELECT {Stamps.SqlId(dialect)}, id, @activity, 'Start', @now FROM workflow_instances WHERE {dialect.InList("id", "made")}",
                new { activity = sweep.Id, now, made }, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return made.Length;
    }

    /// <summary>
    /// PostgreSQL plans the selection's join from its statistics: while they say this workflow has next to no instances
    /// (right after a first run made 300,000, until autovacuum notices) it joins every match to all of them (a nested loop
    /// over a materialized scan), and a re-run outlasted its 30 s timeout. A run that made instances refreshes them.
    /// </summary>
    private async Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        if (db.Dialect.Provider == DatabaseProvider.Postgres) await db.ExecuteAsync("ANALYZE workflow_instances", null, cancellationToken);
    }

    /// <summary>The chunk as rows (item, sweep_key) in its order: arrays unnested on PostgreSQL, a JSON array on SQLite.</summary>
    private static string Rows(ISqlDialect dialect) => dialect.Provider == DatabaseProvider.Postgres
        ? "unnest(@items, @keys) AS s(item, sweep_key)"
        : "(SELECT json_extract(value, '$[0]') AS item, json_extract(value, '$[1]') AS sweep_key FROM json_each(@rows)) s";

    private static DynamicParameters RowParameters(ISqlDialect dialect, (string Item, string Key)[] chunk, object values)
    {
        var parameters = new DynamicParameters(values);
        if (dialect.Provider == DatabaseProvider.Postgres) parameters.AddDynamicParams(new { items = chunk.Select(c => c.Item).ToArray(), keys = chunk.Select(c => c.Key).ToArray() });
        else parameters.Add("rows", JsonSerializer.Serialize(chunk.Select(c => new[] { c.Item, c.Key })));
        return parameters;
    }

    public async Task<SweepPreview> PreviewAsync(ActivityDefinition sweep, int sampleSize, CancellationToken cancellationToken)
    {
        var result = await query.QueryAsync(Request(sweep) with { First = sampleSize, Count = CountMode.Exact }, cancellationToken);
        return new SweepPreview(result.Count?.Value ?? 0, result.Items.Select(i => (i.Id, i.DisplayText)).ToList());
    }

    private Task<CompiledContentQuery> CompileAsync(ActivityDefinition sweep, CancellationToken cancellationToken) =>
        query.CompileAsync(Request(sweep) with { Count = CountMode.None }, cancellationToken);

    private static ContentQueryRequest Request(ActivityDefinition sweep) => new()
    {
        ContentType = sweep.Text("contentType") ?? throw new WorkflowActivityException("The sweep has no content type."),
        Filter = sweep.Text("filter") is { Length: > 0 } filter ? FilterText.Parse(filter) : null,
    };

    /// <summary>"{Id}:{LastActivityAt}" as SQL: literals and the item's columns or indexed field expressions, concatenated.</summary>
    private async Task<string> DedupeKeySqlAsync(ActivityDefinition sweep, string contentType, ISqlDialect dialect, CancellationToken cancellationToken)
    {
        var template = sweep.Text("dedupeKey") is { Length: > 0 } text ? text : "{Id}";
        var defs = await definitions.GetAsync(cancellationToken);
        var type = defs.FindType(contentType)!;
        var sql = new StringBuilder("''");
        var last = 0;
        foreach (System.Text.RegularExpressions.Match match in SweepTrigger.Placeholder().Matches(template))
        {
            sql.Append(" || ").Append(Literal(template[last..match.Index]));
            var name = match.Groups[1].Value;
            string expression;
            if (ContentMetadata.Columns.TryGetValue(name, out var column)) expression = column;
            else if (defs.FindField(type, name) is { } field && kinds.Find(field.Field.Kind) is { } kind) expression = ContentExpressions.Field(dialect, field, kind);
            else throw new WorkflowActivityException($"The dedupe key names '{name}', which is not a field of {type.Name}.");
            sql.Append($" || COALESCE(CAST({expression} AS TEXT), '')");
            last = match.Index + match.Length;
        }
        sql.Append(" || ").Append(Literal(template[last..]));
        return sql.ToString();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''") + "'";
}
