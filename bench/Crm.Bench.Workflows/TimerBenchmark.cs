using System.Diagnostics;
using System.Text.Json.Nodes;
using Crm.Bench.Common;
using Crm.Core.Content.Fields;
using Crm.Workflows.Runtime;

namespace Crm.Bench.Workflows;

/// <summary>
/// N instances (one per ticket, started by a sweep) each wait on a Delay timer due at the same instant; the clock then
/// moves past it and this node's scheduler fires them all. Starts and timers are timed separately; each timer must
/// have fired exactly once (one "tick" log row per instance, every instance finished, no bookmark left).
/// </summary>
public sealed class TimerBenchmark(BenchHost host, ShiftedClock clock, WorkflowBenchOptions options)
{
    private const string TicketRecipe = """
        { "name": "bench-tickets", "steps": [ { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "BenchTicket", "DisplayName": "Ticket", "Settings": { "CrmTypeSettings": { "DisplayText": "{{ Name }}" } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "BenchTicket", "Name": "BenchTicket" } ] } ],
          "ContentParts": [ { "Name": "BenchTicket", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Name" } ] } ] } ] }
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public async Task<TimerBenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var work = new TenantWork(host);
        await work.RunRecipeAsync(TicketRecipe, cancellationToken);
        var now = clock.GetUtcNow();
        var stamp = DateTimeFieldKind.Canonical(now);
        await LongSql.ExecuteAsync(host,
            "INSERT INTO content_items (id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data) " +
            "SELECT 'T' || lpad(g::text, 25, '0'), 'BenchTicket', 'Ticket ' || g, NULL, @now, @now, 1, NULL, " +
            "jsonb_build_object('BenchTicket', jsonb_build_object('Name', 'Ticket ' || g)) FROM generate_series(1, @count) g",
            new Dictionary<string, object> { ["now"] = stamp, ["count"] = options.Timers }, cancellationToken);
        await work.ExecuteAsync("ANALYZE", null, cancellationToken);

        // Every timer is due at the same instant, a day from now; the clock jumps there once all instances wait.
        var dueAt = now.AddDays(1);
        var version = await work.PublishAsync(Workflow(DateTimeFieldKind.Canonical(dueAt)), cancellationToken);

        var watch = Stopwatch.StartNew();
        var sweep = await work.SweepAsync(version, cancellationToken);
        var sweepSeconds = watch.Elapsed.TotalSeconds;

        watch.Restart();
        await work.DrainAsync(Bookmark.Start, Timeout, cancellationToken);
        var startSeconds = watch.Elapsed.TotalSeconds;
        var waiting = await work.ScalarAsync("SELECT COUNT(*) FROM workflow_bookmarks WHERE kind = 'Timer'", null, cancellationToken);

        clock.Advance(dueAt - clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        watch.Restart();
        await work.DrainAsync(Bookmark.Timer, Timeout, cancellationToken);
        var timerSeconds = watch.Elapsed.TotalSeconds;

        var args = new { id = version.TypeId };
        var ticks = await work.ScalarAsync(
            "SELECT COUNT(*) FROM workflow_log l JOIN workflow_instances i ON i.id = l.instance_id WHERE i.type_id = @id AND l.activity_id = 'tick'", args, cancellationToken);
        var ticked = await work.ScalarAsync(
            "SELECT COUNT(DISTINCT l.instance_id) FROM workflow_log l JOIN workflow_instances i ON i.id = l.instance_id WHERE i.type_id = @id AND l.activity_id = 'tick'", args, cancellationToken);
        var finished = await work.ScalarAsync("SELECT COUNT(*) FROM workflow_instances WHERE type_id = @id AND status = 'Finished'", args, cancellationToken);
        var left = await work.ScalarAsync("SELECT COUNT(*) FROM workflow_bookmarks", null, cancellationToken);
        return new TimerBenchResult(options.Timers, sweep.Started, sweepSeconds, startSeconds, waiting, timerSeconds, ticks, ticked, finished, left);
    }

    private static string Workflow(string until) => new JsonObject
    {
        ["name"] = "BenchTimers",
        ["activities"] = new JsonArray(
            new JsonObject { ["id"] = "sweep", ["type"] = "Sweep", ["isStart"] = true, ["properties"] = new JsonObject
                { ["contentType"] = "BenchTicket", ["filter"] = "", ["schedule"] = "0 0 1 1 *", ["dedupeKey"] = "{Id}" } },
            new JsonObject { ["id"] = "wait", ["type"] = "Delay", ["properties"] = new JsonObject { ["until"] = until } },
            new JsonObject { ["id"] = "tick", ["type"] = "Log", ["properties"] = new JsonObject { ["message"] = "tick" } }),
        ["transitions"] = new JsonArray(
            new JsonObject { ["source"] = "sweep", ["outcome"] = "Done", ["destination"] = "wait" },
            new JsonObject { ["source"] = "wait", ["outcome"] = "Done", ["destination"] = "tick" }),
    }.ToJsonString();
}
