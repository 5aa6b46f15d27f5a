using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Workflows.Activities;

namespace Crm.Workflows.Runtime;

/// <summary>Instances, their bookmarks and their execution log in the tenant database.</summary>
public sealed class InstanceStore(TenantDb db, TimeProvider clock)
{
    private const string Columns = "id AS Id, type_id AS TypeId, version AS Version, status AS Status, correlation AS Correlation, dedupe_key AS DedupeKey, " +
                                   "state AS State, incident AS Incident, is_test AS IsTest, created_utc AS CreatedUtc";

    private const string BookmarkColumns = "id AS Id, instance_id AS InstanceId, activity_id AS ActivityId, kind AS Kind, event_name AS EventName, " +
                                           "correlation AS Correlation, due_utc AS DueUtc, payload AS Payload";

    public ISqlDialect Dialect => db.Dialect;

    /// <summary>Inserts the instance; false when its dedupe key was already used for the workflow (nothing inserted).</summary>
    public async Task<bool> InsertAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var now = Stamps.Of(clock.GetUtcNow());
        var inserted = await db.ExecuteAsync(
            "INSERT INTO workflow_instances (id, type_id, version, status, correlation, dedupe_key, state, incident, is_test, created_utc, modified_utc) " +
            "VALUES (@Id, @TypeId, @Version, @Status, @Correlation, @DedupeKey, @State, NULL, @IsTest, @now, @now) " +
            "ON CONFLICT (type_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING",
            new { instance.Id, instance.TypeId, instance.Version, Status = instance.Status.ToString(), instance.Correlation, instance.DedupeKey,
                  State = instance.State.ToJsonString(), instance.IsTest, now }, cancellationToken);
        return inserted == 1;
    }

    /// <summary>The instance, locked for this transaction on PostgreSQL (so two bookmarks of one instance never run at once).</summary>
    public async Task<WorkflowInstance?> LoadForUpdateAsync(string id, CancellationToken cancellationToken)
    {
        var lockClause = db.Dialect.Provider == DatabaseProvider.Postgres ? " FOR UPDATE" : "";
        var row = await db.QuerySingleOrDefaultAsync<InstanceRow>($"SELECT {Columns} FROM workflow_instances WHERE id = @id{lockClause}", new { id }, cancellationToken);
        return row?.ToInstance();
    }

    public async Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<InstanceRow>($"SELECT {Columns} FROM workflow_instances WHERE id = @id", new { id }, cancellationToken))?.ToInstance();

    public async Task SaveAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var now = Stamps.Of(clock.GetUtcNow());
        var ended = instance.Status is InstanceStatus.Finished or InstanceStatus.Cancelled;
        await db.ExecuteAsync(
            "UPDATE workflow_instances SET status = @Status, state = @State, incident = @Incident, modified_utc = @now, finished_utc = @finished WHERE id = @Id",
            new { instance.Id, Status = instance.Status.ToString(), State = instance.State.ToJsonString(), instance.Incident, now, finished = ended ? now : null },
            cancellationToken);
    }

    public async Task<string> AddBookmarkAsync(string instanceId, string activityId, string kind, BookmarkRequest? request, CancellationToken cancellationToken)
    {
        var id = Ulid.NewUlid(clock.GetUtcNow()).ToString();
        await db.ExecuteAsync(
            "INSERT INTO workflow_bookmarks (id, instance_id, activity_id, kind, event_name, correlation, due_utc) VALUES (@id, @instanceId, @activityId, @kind, @eventName, @correlation, @due)",
            new { id, instanceId, activityId, kind, eventName = request?.EventName, correlation = request?.Correlation, due = request?.Due is { } d ? Stamps.Of(d) : null },
            cancellationToken);
        return id;
    }

    /// <summary>Takes a bookmark for running it: false when it is gone (already run, or cancelled because the instance moved on).</summary>
    public async Task<bool> TakeBookmarkAsync(string id, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("DELETE FROM workflow_bookmarks WHERE id = @id", new { id }, cancellationToken) == 1;

    /// <summary>Cancels an activity's other bookmarks (the timeout of an event that came, the event of a timeout that fired).</summary>
    public Task CancelBookmarksAsync(string instanceId, string? activityId, CancellationToken cancellationToken) =>
        db.ExecuteAsync(activityId is null
                ? "DELETE FROM workflow_bookmarks WHERE instance_id = @instanceId"
                : "DELETE FROM workflow_bookmarks WHERE instance_id = @instanceId AND activity_id = @activityId",
            new { instanceId, activityId }, cancellationToken);

    public async Task<bool> HasBookmarksAsync(string instanceId, CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM workflow_bookmarks WHERE instance_id = @instanceId", new { instanceId }, cancellationToken) > 0;

    /// <summary>Due bookmarks not under a live lease, now leased to this node (SKIP LOCKED on PostgreSQL: nodes never wait on each other).</summary>
    public async Task<IReadOnlyList<Bookmark>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        await db.QueryAsync<Bookmark>(
            "UPDATE workflow_bookmarks SET lease_until = @lease WHERE id IN (SELECT id FROM workflow_bookmarks WHERE due_utc <= @now " +
            $"AND (lease_until IS NULL OR lease_until < @now) ORDER BY due_utc LIMIT @limit {db.Dialect.ClaimLockSuffix}) RETURNING {BookmarkColumns}",
            new { now = Stamps.Of(now), lease = Stamps.Of(leaseUntil), limit }, cancellationToken);

    /// <summary>The event bookmarks waiting for an event with this correlation (or any correlation, when it has none).</summary>
    public async Task<IReadOnlyList<Bookmark>> WaitingForAsync(string eventName, string? correlation, CancellationToken cancellationToken) =>
        await db.QueryAsync<Bookmark>(
            $"SELECT {BookmarkColumns} FROM workflow_bookmarks WHERE kind = @kind AND event_name = @eventName AND (correlation IS NULL OR correlation = @correlation)",
            new { kind = Bookmark.Event, eventName, correlation }, cancellationToken);

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<string?>("SELECT MIN(due_utc) FROM workflow_bookmarks", null, cancellationToken) is { } due ? Stamps.Parse(due) : null;

    /// <summary>Deletes up to <paramref name="limit"/> instances that ended before <paramref name="before"/>, with their history.</summary>
    public async Task<int> PurgeEndedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var ids = await db.QueryAsync<string>("SELECT id FROM workflow_instances WHERE finished_utc < @before ORDER BY finished_utc LIMIT @limit",
            new { before = Stamps.Of(before), limit }, cancellationToken);
        if (ids.Count == 0) return 0;
        var list = ids.ToArray();
        await db.ExecuteAsync($"DELETE FROM workflow_log WHERE {db.Dialect.InList("instance_id", "list")}", new { list }, cancellationToken);
        await db.ExecuteAsync($"DELETE FROM workflow_instances WHERE {db.Dialect.InList("id", "list")}", new { list }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }

    /// <summary>When the oldest ended instance ended (null: none).</summary>
    public async Task<DateTimeOffset?> OldestEndedAsync(CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<string?>("SELECT MIN(finished_utc) FROM workflow_instances", null, cancellationToken) is { } at ? Stamps.Parse(at) : null;

    /// <summary>Takes the bookmarks for running them in one statement: the ids still there (the others ran elsewhere, or were cancelled).</summary>
    public async Task<IReadOnlySet<string>> TakeBookmarksAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToArray();
        return (await db.QueryAsync<string>($"DELETE FROM workflow_bookmarks WHERE {db.Dialect.InList("id", "list")} RETURNING id", new { list }, cancellationToken)).ToHashSet();
    }

    /// <summary>The instances, locked for this transaction on PostgreSQL (in id order, so two nodes lock them in the same order).</summary>
    public async Task<IReadOnlyDictionary<string, WorkflowInstance>> LoadAllForUpdateAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToArray();
        var lockClause = db.Dialect.Provider == DatabaseProvider.Postgres ? " FOR UPDATE" : "";
        var rows = await db.QueryAsync<InstanceRow>($"SELECT {Columns} FROM workflow_instances WHERE {db.Dialect.InList("id", "list")} ORDER BY id{lockClause}", new { list }, cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.ToInstance());
    }

    /// <summary>Cancels the other bookmarks of each resumed activity (<see cref="CancelBookmarksAsync"/> for a batch).</summary>
    public async Task CancelSiblingsAsync(IReadOnlyList<Bookmark> resumed, CancellationToken cancellationToken)
    {
        if (resumed.Count == 0) return;
        if (db.Dialect.Provider != DatabaseProvider.Postgres)
        {
            foreach (var bookmark in resumed) await CancelBookmarksAsync(bookmark.InstanceId, bookmark.ActivityId, cancellationToken);
            return;
        }
        await db.ExecuteAsync("DELETE FROM workflow_bookmarks b USING unnest(@instances, @activities) AS r(instance_id, activity_id) " +
                              "WHERE b.instance_id = r.instance_id AND b.activity_id = r.activity_id",
            new { instances = resumed.Select(b => b.InstanceId).ToArray(), activities = resumed.Select(b => b.ActivityId).ToArray() }, cancellationToken);
    }

    /// <summary>Which of the instances have a bookmark (still wait on something).</summary>
    public async Task<IReadOnlySet<string>> WithBookmarksAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken)
    {
        var list = instanceIds.ToArray();
        return (await db.QueryAsync<string>($"SELECT DISTINCT instance_id FROM workflow_bookmarks WHERE {db.Dialect.InList("instance_id", "list")}", new { list }, cancellationToken))
            .ToHashSet();
    }

    /// <summary><see cref="SaveAsync"/> for many instances: one statement on PostgreSQL.</summary>
    public async Task SaveAllAsync(IReadOnlyList<WorkflowInstance> instances, CancellationToken cancellationToken)
    {
        if (db.Dialect.Provider != DatabaseProvider.Postgres)
        {
            foreach (var instance in instances) await SaveAsync(instance, cancellationToken);
            return;
        }
        var now = Stamps.Of(clock.GetUtcNow());
        await db.ExecuteAsync(
            "UPDATE workflow_instances w SET status = r.status, state = r.state, incident = r.incident, modified_utc = @now, finished_utc = r.finished " +
            "FROM unnest(@ids, @statuses, @states, @incidents, @finished) AS r(id, status, state, incident, finished) WHERE w.id = r.id",
            new
            {
                now,
                ids = instances.Select(i => i.Id).ToArray(),
                statuses = instances.Select(i => i.Status.ToString()).ToArray(),
                states = instances.Select(i => i.State.ToJsonString()).ToArray(),
                incidents = instances.Select(i => i.Incident).ToArray(),
                finished = instances.Select(i => i.Status is InstanceStatus.Finished or InstanceStatus.Cancelled ? now : null).ToArray(),
            }, cancellationToken);
    }

    /// <summary><see cref="AppendLogAsync"/> for many instances: the last <c>seq</c> of each in one query, the rows in one statement (PostgreSQL).</summary>
    public async Task AppendLogsAsync(IReadOnlyList<(WorkflowInstance Instance, IReadOnlyList<LogEntry> Log)> runs, CancellationToken cancellationToken)
    {
        if (runs.Count == 0) return;
        if (db.Dialect.Provider != DatabaseProvider.Postgres)
        {
            foreach (var (instance, log) in runs) await AppendLogAsync(instance.Id, log, cancellationToken);
            return;
        }
        var list = runs.Select(r => r.Instance.Id).Distinct().ToArray();
        var seqs = (await db.QueryAsync<(string Id, int Seq)>(
                "SELECT instance_id, MAX(seq) FROM workflow_log WHERE instance_id = ANY(@list) GROUP BY instance_id", new { list }, cancellationToken))
            .ToDictionary(r => r.Id, r => r.Seq);
        var rows = runs.SelectMany(r => r.Log.Select(entry => (Instance: r.Instance.Id, Entry: entry))).ToList();
        var seq = rows.Select(r => seqs[r.Instance] = seqs.GetValueOrDefault(r.Instance) + 1).ToArray();
        await db.ExecuteAsync(
            "INSERT INTO workflow_log (id, instance_id, seq, activity_id, activity_type, outcome, message, at_utc, duration_ms) " +
            "SELECT * FROM unnest(@ids, @instances, @seq, @activities, @types, @outcomes, @messages, @ats, @durations)",
            new
            {
                ids = rows.Select(r => Ulid.NewUlid(r.Entry.At).ToString()).ToArray(),
                instances = rows.Select(r => r.Instance).ToArray(),
                seq,
                activities = rows.Select(r => r.Entry.ActivityId).ToArray(),
                types = rows.Select(r => r.Entry.ActivityType).ToArray(),
                outcomes = rows.Select(r => r.Entry.Outcome).ToArray(),
                messages = rows.Select(r => Truncated(r.Entry.Message)).ToArray(),
                ats = rows.Select(r => Stamps.Of(r.Entry.At)).ToArray(),
                durations = rows.Select(r => r.Entry.DurationMs).ToArray(),
            }, cancellationToken);
    }

    private static string? Truncated(string? message) => message is { Length: > 2000 } m ? m[..2000] : message;

    /// <summary>Appends the steps of a run after the instance's earlier ones (<c>seq</c> orders them; ids made in one millisecond do not).</summary>
    public async Task AppendLogAsync(string instanceId, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return;
        var seq = await db.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(seq), 0) FROM workflow_log WHERE instance_id = @instanceId", new { instanceId }, cancellationToken);
        foreach (var entry in entries)
        {
            await db.ExecuteAsync(
                "INSERT INTO workflow_log (id, instance_id, seq, activity_id, activity_type, outcome, message, at_utc, duration_ms) VALUES (@id, @instanceId, @seq, @ActivityId, @ActivityType, @Outcome, @message, @at, @DurationMs)",
                new { id = Ulid.NewUlid(entry.At).ToString(), instanceId, seq = ++seq, entry.ActivityId, entry.ActivityType, entry.Outcome,
                      message = Truncated(entry.Message), at = Stamps.Of(entry.At), entry.DurationMs }, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<LogEntry>> LogAsync(string instanceId, CancellationToken cancellationToken) =>
        (await db.QueryAsync<LogRow>(
            "SELECT activity_id AS ActivityId, activity_type AS ActivityType, outcome AS Outcome, message AS Message, at_utc AS AtUtc, duration_ms AS DurationMs " +
            "FROM workflow_log WHERE instance_id = @instanceId ORDER BY seq", new { instanceId }, cancellationToken))
        .Select(r => new LogEntry(r.ActivityId, r.ActivityType, r.Outcome, r.Message, Stamps.Parse(r.AtUtc), r.DurationMs)).ToList();

    private sealed class LogRow
    {
        public string ActivityId { get; set; } = "";
        public string ActivityType { get; set; } = "";
        public string? Outcome { get; set; }
        public string? Message { get; set; }
        public string AtUtc { get; set; } = "";
        public int DurationMs { get; set; }
    }

    private sealed class InstanceRow
    {
        public string Id { get; set; } = "";
        public string TypeId { get; set; } = "";
        public int Version { get; set; }
        public string Status { get; set; } = "";
        public string? Correlation { get; set; }
        public string? DedupeKey { get; set; }
        public string State { get; set; } = "{}";
        public string? Incident { get; set; }
        public bool IsTest { get; set; }
        public string CreatedUtc { get; set; } = "";

        public WorkflowInstance ToInstance() => new()
        {
            Id = Id, TypeId = TypeId, Version = Version, Status = Enum.Parse<InstanceStatus>(Status), Correlation = Correlation, DedupeKey = DedupeKey,
            State = JsonNode.Parse(State)!.AsObject(), Incident = Incident, IsTest = IsTest, CreatedUtc = Stamps.Parse(CreatedUtc),
        };
    }
}
