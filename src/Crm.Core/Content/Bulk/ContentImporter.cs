using System.Data.Common;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Microsoft.AspNetCore.Http;

namespace Crm.Core.Content.Bulk;

/// <summary>
/// Creates many items of one type at once. Rows are taken in batches: each batch is validated in memory, its relations
/// checked with one query, and its items and history rows written with multi-row inserts; handlers run per item as on
/// create. Errors name the row (1-based) and the field. In <see cref="ImportMode.KeepValidRows"/> each batch commits on
/// its own (a cancelled import keeps the batches already committed); in <see cref="ImportMode.AllOrNothing"/> the whole
/// import is one transaction (a savepoint inside a caller's transaction) that is rolled back when any row is bad.
/// </summary>
public sealed class ContentImporter(
    TenantDb db,
    ContentDefinitionManager definitions,
    ContentValidator validator,
    ContentPreparers preparers,
    RelationChecker relations,
    UniqueChecker unique,
    ContentHistory history,
    IEnumerable<IContentHandler> handlers,
    IHttpContextAccessor http,
    TimeProvider clock)
{
    private const string Savepoint = "crm_import";
    private static readonly string[] ItemColumns = ["id", "content_type", "display_text", "owner", "created_utc", "modified_utc", "version", "data"];
    private static readonly HashSet<string> JsonColumns = ["data"];
    private readonly IReadOnlyList<IContentHandler> _handlers = handlers.ToList();

    public Task<ImportResult> ImportAsync(string contentType, IEnumerable<JsonObject> rows, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ImportAsync(contentType, rows.ToAsyncEnumerable(), options, cancellationToken);

    public Task<ImportResult> ImportAsync(string contentType, IAsyncEnumerable<JsonObject> rows, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ImportRowsAsync(contentType, rows.Select((values, index) => new ImportRow(index + 1, values, [])), options ?? new ImportOptions(), cancellationToken);

    internal async Task<ImportResult> ImportRowsAsync(string contentType, IAsyncEnumerable<ImportRow> rows, ImportOptions options, CancellationToken cancellationToken)
    {
        if (options.BatchSize is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "BatchSize must be between 1 and 10,000.");
        if (options.MaxErrors < 0) throw new ArgumentOutOfRangeException(nameof(options), options.MaxErrors, "MaxErrors cannot be negative.");
        var defs = await definitions.GetAsync(cancellationToken);
        var type = defs.FindType(contentType)
                   ?? throw new ContentValidationException(contentType, [new ContentFieldError("ContentType", new FieldProblem(FieldMessages.NotAContentType, contentType))]);
        var run = new Run(options, CurrentUser);

        var allOrNothing = options.Mode == ImportMode.AllOrNothing;
        var ambient = db.Transaction;
        await using var whole = allOrNothing ? await db.BeginTransactionAsync(cancellationToken) : null;
        if (allOrNothing && ambient is not null) await ambient.SaveAsync(Savepoint, cancellationToken);

        var batch = new List<ImportRow>(options.BatchSize);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count < options.BatchSize) continue;
            await RunBatchAsync(defs, type, batch, run, cancellationToken);
            batch.Clear();
        }
        if (batch.Count > 0) await RunBatchAsync(defs, type, batch, run, cancellationToken);

        if (allOrNothing)
        {
            if (run.Failed > 0)
            {
                if (ambient is not null) await ambient.RollbackAsync(Savepoint, cancellationToken);
                return new ImportResult(run.Read, 0, run.Failed, run.Errors);
            }
            foreach (var change in run.Deferred) await db.AfterCommitAsync(() => AfterCommitAsync(change));
            await whole!.CommitAsync(cancellationToken);
        }
        return new ImportResult(run.Read, run.Created, run.Failed, run.Errors);
    }

    private async Task RunBatchAsync(ContentDefinitions defs, ContentTypeDefinition type, List<ImportRow> batch, Run run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changes = new List<ContentChange>(batch.Count);
        foreach (var row in batch) changes.Add(await preparers.ApplyAsync(defs, type, null, validator.Apply(defs, type, null, row.Values), now, cancellationToken));
        var relationErrors = await relations.CheckManyAsync(defs, changes, cancellationToken);
        var uniqueErrors = await unique.CheckNewAsync(defs, type,
            batch.Select((row, i) => (row.Problems.Count == 0 && changes[i].Errors.Count == 0 && relationErrors[i].Count == 0 ? changes[i].Data : null, row.Row)).ToList(),
            run.UniqueValues, cancellationToken);
        var created = new List<(ContentItem Item, ContentChange Change)>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            run.Read++;
            var errors = batch[i].Problems.Concat(changes[i].Errors).Concat(relationErrors[i]).Concat(uniqueErrors[i]).ToList();
            if (errors.Count > 0)
            {
                run.Failed++;
                foreach (var error in errors.Where(_ => run.Errors.Count < run.Options.MaxErrors)) run.Errors.Add(new ImportError(batch[i].Row, error.Field, error.Problem));
                continue;
            }
            var data = changes[i].Data;
            created.Add((new ContentItem
            {
                Id = Ulid.NewUlid(now).ToString(), ContentType = type.Name, DisplayText = DisplayText.For(defs, type, data),
                Owner = run.Owner, CreatedUtc = now, ModifiedUtc = now, Version = 1, Data = data,
            }, changes[i]));
        }

        // AllOrNothing stops writing at the first bad row (it will roll back) but goes on checking to report every error.
        var write = created.Count > 0 && (run.Options.Mode == ImportMode.KeepValidRows || run.Failed == 0);
        if (write)
        {
            await using var transaction = run.Options.Mode == ImportMode.KeepValidRows ? await db.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                await WriteAsync(created, now, run, cancellationToken);
            }
            catch (DbException e) when (created.Select(c => unique.Refusal(e, defs, type, c.Item.Data)).FirstOrDefault(r => r is not null) is { } refused)
            {
                // Another writer stored the same unique values after this batch was checked: the batch is not written.
                throw refused;
            }
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            run.Created += created.Count;
        }
        run.Options.Progress?.Invoke(new ImportProgress(run.Read, run.Created, run.Failed));
    }

    private async Task WriteAsync(List<(ContentItem Item, ContentChange Change)> created, DateTimeOffset now, Run run, CancellationToken cancellationToken)
    {
        var timestamp = ContentManager.Timestamp(now);
        await BulkInsert.ExecuteAsync(db, "content_items", ItemColumns, JsonColumns, created.Select(c => new object?[]
        {
            c.Item.Id, c.Item.ContentType, c.Item.DisplayText, c.Item.Owner, timestamp, timestamp, 1, c.Item.Data.ToJsonString(ContentJson.Options),
        }).ToList(), cancellationToken);
        await history.AppendAsync(created.Select(c => new ContentHistoryEntry(
            c.Item.Id, c.Item.ContentType, 1, ContentEventKind.Created, run.User, now, ContentHistory.Changes(c.Item, null, c.Change.ChangedFields))).ToList(), cancellationToken);

        if (_handlers.Count == 0) return;
        foreach (var (item, change) in created)
        {
            var createdEvent = new ContentEvent(ContentEventKind.Created, item, null, change.ChangedFields);
            foreach (var handler in _handlers) await handler.InTransactionAsync(createdEvent, cancellationToken);
            if (run.Options.Mode == ImportMode.AllOrNothing) run.Deferred.Add(createdEvent);
            else await db.AfterCommitAsync(() => AfterCommitAsync(createdEvent));
        }
    }

    private async Task AfterCommitAsync(ContentEvent change)
    {
        foreach (var handler in _handlers) await handler.AfterCommitAsync(change);
    }

    private string? CurrentUser => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    private sealed class Run(ImportOptions options, string? user)
    {
        public ImportOptions Options { get; } = options;
        public string? User { get; } = user;
        public string? Owner { get; } = options.Owner ?? user;
        public int Read { get; set; }
        public int Created { get; set; }
        public int Failed { get; set; }
        public List<ImportError> Errors { get; } = [];

        /// <summary>The unique values of the rows taken so far (key value → row), so a later row repeating one is named.</summary>
        public Dictionary<string, int> UniqueValues { get; } = [];

        /// <summary>AllOrNothing: created events whose after-commit handlers wait until the whole import is known to be good.</summary>
        public List<ContentEvent> Deferred { get; } = [];
    }
}
