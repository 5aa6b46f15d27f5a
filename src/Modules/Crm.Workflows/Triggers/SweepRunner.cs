using System.Text;
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
/// Runs a sweep set-based: the filter compiles to the content engine's indexed SQL, and per chunk of matches (in id order)
/// one INSERT ... SELECT creates an instance per match whose dedupe key (computed in SQL from the item's columns) is new —
/// ON CONFLICT DO NOTHING against the unique (workflow, dedupe key) index — and one more gives the new instances their
/// Start bookmarks. A sweep interrupted between chunks is completed by the next run: the keys make it idempotent.
/// </summary>
public sealed class SweepRunner(TenantDb db, ContentQuery query, ContentDefinitionManager definitions, FieldKinds kinds, DueWork due, TimeProvider clock)
{
    /// <summary>Matches per statement: each chunk commits on its own, so a sweep of a million items holds no long transaction.</summary>
    public const int ChunkSize = 20_000;

    public async Task<SweepResult> RunAsync(WorkflowVersion version, ActivityDefinition sweep, CancellationToken cancellationToken)
    {
        var compiled = await CompileAsync(sweep, cancellationToken);
        var dialect = db.Dialect;
        var key = await DedupeKeySqlAsync(sweep, compiled.ContentType, dialect, cancellationToken);
        long matched = 0;
        var started = 0;
        string? after = null;
        while (true)
        {
            // The chunk is the next ChunkSize matches in id order; its last id bounds the INSERT ... SELECT.
            var parameters = new DynamicParameters(compiled.Parameters);
            parameters.AddDynamicParams(new { sweepAfter = after ?? "", sweepChunk = ChunkSize });
            var ids = await db.QueryAsync<string>(
                $"SELECT id FROM content_items WHERE {compiled.Where} AND id > @sweepAfter ORDER BY id LIMIT @sweepChunk", parameters, cancellationToken);
            if (ids.Count == 0) break;
            matched += ids.Count;
            started += await StartChunkAsync(version, sweep, compiled, key, after ?? "", ids[^1], cancellationToken);
            after = ids[^1];
            if (ids.Count < ChunkSize) break;
        }
        if (started > 0) await due.ScheduleAsync(clock.GetUtcNow(), cancellationToken);
        return new SweepResult(matched, started);
    }

    private async Task<int> StartChunkAsync(WorkflowVersion version, ActivityDefinition sweep, CompiledContentQuery compiled, string key, string after, string last,
        CancellationToken cancellationToken)
    {
        var dialect = db.Dialect;
        var now = Stamps.Of(clock.GetUtcNow());
        var parameters = new DynamicParameters(compiled.Parameters);
        parameters.AddDynamicParams(new
        {
            sweepType = version.TypeId, sweepVersion = version.Version, sweepNow = now, sweepActivity = sweep.Id, sweepTest = false, pending = "Pending",
            sweepAfter = after, sweepLast = last,
        });
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var started = await db.ExecuteAsync(
            "INSERT INTO workflow_instances (id, type_id, version, status, correlation, dedupe_key, state, incident, is_test, created_utc, modified_utc) " +
            $"SELECT {Stamps.SqlId(dialect)}, @sweepType, @sweepVersion, @pending, id, {key}, '{{\"input\":{{\"itemId\":\"' || id || '\"}}}}', NULL, @sweepTest, @sweepNow, @sweepNow " +
            $"FROM content_items WHERE {compiled.Where} AND id > @sweepAfter AND id <= @sweepLast " +
            "ON CONFLICT (type_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING", parameters, cancellationToken);
        if (started > 0)
        {
            await db.ExecuteAsync(
                "INSERT INTO workflow_bookmarks (id, instance_id, activity_id, kind, due_utc) " +
                $"SELECT {Stamps.SqlId(dialect)}, i.id, @sweepActivity, 'Start', @sweepNow FROM workflow_instances i " +
                "WHERE i.type_id = @sweepType AND i.status = @pending AND i.created_utc = @sweepNow AND i.correlation > @sweepAfter AND i.correlation <= @sweepLast " +
                "AND NOT EXISTS (SELECT 1 FROM workflow_bookmarks b WHERE b.instance_id = i.id)", parameters, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return started;
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
