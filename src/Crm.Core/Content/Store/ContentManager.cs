using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Content.Store;

/// <summary>
/// Creates, reads, updates, deletes (to the recycle bin), restores and purges content items. Every change is
/// validated first (nothing is written when a field is wrong), records its history, runs the handlers in the
/// same transaction, and is refused when the caller's version is stale.
/// </summary>
public sealed class ContentManager(
    TenantDb db,
    ContentDefinitionManager definitions,
    ContentValidator validator,
    ContentPreparers preparers,
    ContentHistory history,
    RelationChecker relations,
    UniqueChecker unique,
    IServiceProvider services,
    IHttpContextAccessor http,
    TimeProvider clock)
{
    /// <summary>The history's name for an owner change (a metadata column, beside the "Part.Field" changes).</summary>
    public const string OwnerChange = "Owner";

    internal const string Columns = "id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data";

    public async Task<ContentItem> CreateAsync(string contentType, JsonObject values, string? owner = null, string? id = null, CancellationToken cancellationToken = default)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var type = RequireType(defs, contentType);
        var now = clock.GetUtcNow();
        var change = await preparers.ApplyAsync(defs, type, null, validator.Apply(defs, type, null, values), now, cancellationToken);
        await ThrowIfInvalidAsync(defs, type, change, null, cancellationToken);
        if (id is not null && !Ids.IsUlid(id)) throw new ContentValidationException(type.Name, [new ContentFieldError("Id", new FieldProblem(FieldMessages.NotAnItemId, id))]);

        var item = new ContentItem
        {
            Id = id?.ToUpperInvariant() ?? Ulid.NewUlid(now).ToString(),
            ContentType = type.Name,
            DisplayText = DisplayText.For(defs, type, change.Data),
            Owner = owner ?? CurrentUser,
            CreatedUtc = now,
            ModifiedUtc = now,
            Version = 1,
            Data = change.Data,
        };
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.ExecuteAsync(
                $"INSERT INTO content_items ({Columns}) VALUES (@Id, @ContentType, @DisplayText, @Owner, @Created, @Modified, @Version, NULL, {db.Dialect.JsonParameter("Data")})",
                Row(item), cancellationToken);
        }
        catch (DbException e) when (unique.Refusal(e, defs, type, item.Data) is { } refused)
        {
            throw refused;
        }
        await history.RecordAsync(item, ContentEventKind.Created, null, change.ChangedFields, CurrentUser, cancellationToken);
        await RaiseAsync(new ContentEvent(ContentEventKind.Created, item, null, change.ChangedFields), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item;
    }

    public async Task<ContentItem?> GetAsync(string id, bool includeDeleted = false, CancellationToken cancellationToken = default)
    {
        var rows = await db.QueryAsync(
            $"SELECT {Columns} FROM content_items WHERE id = @id{(includeDeleted ? "" : " AND deleted_utc IS NULL")}",
            new { id = id.ToUpperInvariant() }, Read, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Live items by id, in one statement (relations resolved in batches); unknown and deleted ids are left out.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var keys = ids.Where(Ids.IsUlid).Select(id => id.ToUpperInvariant()).Distinct().ToArray();
        if (keys.Length == 0) return [];
        return await db.QueryAsync(
            $"SELECT {Columns} FROM content_items WHERE {db.Dialect.InList("id", "ids")} AND deleted_utc IS NULL", new { ids = keys }, Read, cancellationToken);
    }

    /// <summary>Changes the given fields only; <paramref name="expectedVersion"/> is the version the caller read.</summary>
    public async Task<ContentItem> UpdateAsync(string id, JsonObject values, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var before = await RequireLiveAsync(id, expectedVersion, cancellationToken);
        var defs = await definitions.GetAsync(cancellationToken);
        var type = RequireType(defs, before.ContentType);
        var change = await preparers.ApplyAsync(defs, type, before, validator.Apply(defs, type, before.Data, values), before.CreatedUtc, cancellationToken);
        await ThrowIfInvalidAsync(defs, type, change, before, cancellationToken);
        if (change.ChangedFields.Count == 0) return before;

        var item = before with
        {
            Data = change.Data,
            DisplayText = DisplayText.For(defs, type, change.Data),
            ModifiedUtc = clock.GetUtcNow(),
            Version = before.Version + 1,
        };
        try
        {
            await UpdateRowAsync(item.Id, expectedVersion, $"data = {db.Dialect.JsonParameter("Data")}, display_text = @DisplayText",
                new { item.Id, Data = item.Data.ToJsonString(ContentJson.Options), item.DisplayText, Modified = Timestamp(item.ModifiedUtc), item.Version, Expected = expectedVersion },
                cancellationToken);
        }
        catch (DbException e) when (unique.Refusal(e, defs, type, item.Data) is { } refused)
        {
            throw refused;
        }
        await history.RecordAsync(item, ContentEventKind.Updated, before, change.ChangedFields, CurrentUser, cancellationToken);
        await RaiseAsync(new ContentEvent(ContentEventKind.Updated, item, before, change.ChangedFields), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item;
    }

    /// <summary>
    /// Gives the item another owner (a user id, or null for none). The owner is a column, not a field, but the change
    /// follows the same rules: the caller's version must be current, the version grows, the history records
    /// "Owner" from → to, and the content handlers hear about it in the transaction.
    /// </summary>
    public async Task<ContentItem> AssignOwnerAsync(string id, string? owner, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var before = await RequireLiveAsync(id, expectedVersion, cancellationToken);
        if (before.Owner == owner) return before;

        var item = before with { Owner = owner, ModifiedUtc = clock.GetUtcNow(), Version = before.Version + 1 };
        await UpdateRowAsync(item.Id, expectedVersion, "owner = @Owner", new { item.Id, item.Owner, Modified = Timestamp(item.ModifiedUtc), item.Version, Expected = expectedVersion }, cancellationToken);
        var changes = new JsonObject { [OwnerChange] = new JsonObject { ["from"] = before.Owner, ["to"] = owner } };
        await history.AppendAsync([new ContentHistoryEntry(item.Id, item.ContentType, item.Version, ContentEventKind.Updated, CurrentUser, item.ModifiedUtc, changes)], cancellationToken);
        await RaiseAsync(new ContentEvent(ContentEventKind.Updated, item, before, []), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item;
    }

    /// <summary>Moves the item to the recycle bin; it can be restored until purged.</summary>
    public Task<ContentItem> DeleteAsync(string id, int expectedVersion, CancellationToken cancellationToken = default) =>
        SetDeletedAsync(id, expectedVersion, deleted: true, cancellationToken);

    public Task<ContentItem> RestoreAsync(string id, int expectedVersion, CancellationToken cancellationToken = default) =>
        SetDeletedAsync(id, expectedVersion, deleted: false, cancellationToken);

    /// <summary>Removes an item from the recycle bin for good (its history stays).</summary>
    public async Task PurgeAsync(string id, CancellationToken cancellationToken = default)
    {
        var removed = await db.ExecuteAsync("DELETE FROM content_items WHERE id = @id AND deleted_utc IS NOT NULL", new { id = id.ToUpperInvariant() }, cancellationToken);
        if (removed == 0) throw new ContentNotFoundException(id);
    }

    private async Task<ContentItem> SetDeletedAsync(string id, int expectedVersion, bool deleted, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var before = await GetAsync(id, includeDeleted: true, cancellationToken) ?? throw new ContentNotFoundException(id);
        if (before.DeletedUtc is not null != !deleted) throw new ContentNotFoundException(id);
        if (before.Version != expectedVersion) throw new ContentConcurrencyException(before.Id, expectedVersion, before.Version);
        var now = clock.GetUtcNow();
        var item = before with { DeletedUtc = deleted ? now : null, ModifiedUtc = now, Version = before.Version + 1 };
        // A restored item takes its unique values back: refused while a live item has them (made since it was deleted).
        var defs = deleted ? null : await definitions.GetAsync(cancellationToken);
        var type = defs?.FindType(item.ContentType);
        if (type is not null && await unique.CheckAsync(defs!, type, item.Data, item.Id, null, cancellationToken) is { Count: > 0 } taken)
        {
            throw new ContentValidationException(type.Name, taken);
        }
        try
        {
            await UpdateRowAsync(item.Id, expectedVersion, "deleted_utc = @Deleted",
                new { item.Id, Deleted = item.DeletedUtc is { } d ? Timestamp(d) : null, Modified = Timestamp(now), item.Version, Expected = expectedVersion }, cancellationToken);
        }
        catch (DbException e) when (type is not null && unique.Refusal(e, defs!, type, item.Data) is { } refused)
        {
            throw refused;
        }
        var kind = deleted ? ContentEventKind.Deleted : ContentEventKind.Restored;
        await history.RecordAsync(item, kind, before, [], CurrentUser, cancellationToken);
        await RaiseAsync(new ContentEvent(kind, item, before, []), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item;
    }

    /// <summary>
    /// Sets the given columns plus modified_utc and version where the row still has the version the caller read
    /// (parameters Id, Modified, Version, Expected); otherwise someone changed it meanwhile.
    /// </summary>
    private async Task UpdateRowAsync(string id, int expectedVersion, string assignments, object parameters, CancellationToken cancellationToken)
    {
        var updated = await db.ExecuteAsync(
            $"UPDATE content_items SET {assignments}, modified_utc = @Modified, version = @Version WHERE id = @Id AND version = @Expected", parameters, cancellationToken);
        if (updated == 0) throw new ContentConcurrencyException(id, expectedVersion, await CurrentVersionAsync(id, cancellationToken));
    }

    private async Task<ContentItem> RequireLiveAsync(string id, int expectedVersion, CancellationToken cancellationToken)
    {
        var item = await GetAsync(id, includeDeleted: false, cancellationToken) ?? throw new ContentNotFoundException(id);
        if (item.Version != expectedVersion) throw new ContentConcurrencyException(item.Id, expectedVersion, item.Version);
        return item;
    }

    /// <param name="before">The stored item an update changes; null on create.</param>
    private async Task ThrowIfInvalidAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentChange change, ContentItem? before, CancellationToken cancellationToken)
    {
        var errors = change.Errors.ToList();
        errors.AddRange(await relations.CheckAsync(defs, change, cancellationToken));
        if (errors.Count == 0) errors.AddRange(await unique.CheckAsync(defs, type, change.Data, before?.Id, before is null ? null : change.ChangedFields, cancellationToken));
        if (errors.Count > 0) throw new ContentValidationException(type.Name, errors);
    }

    private async Task RaiseAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        // Resolved per change, not injected: handlers may themselves use the content manager.
        var handlers = services.GetServices<IContentHandler>().ToList();
        foreach (var handler in handlers) await handler.InTransactionAsync(change, cancellationToken);
        await db.AfterCommitAsync(async () =>
        {
            foreach (var handler in handlers) await handler.AfterCommitAsync(change);
        });
    }

    private async Task<int> CurrentVersionAsync(string id, CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<int?>("SELECT version FROM content_items WHERE id = @id", new { id }, cancellationToken) ?? 0;

    private static ContentTypeDefinition RequireType(ContentDefinitions defs, string name) =>
        defs.FindType(name) ?? throw new ContentValidationException(name, [new ContentFieldError("ContentType", new FieldProblem(FieldMessages.NotAContentType, name))]);

    private string? CurrentUser => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    internal static string Timestamp(DateTimeOffset instant) => DateTimeFieldKind.Canonical(instant);

    private static object Row(ContentItem item) => new
    {
        item.Id, item.ContentType, item.DisplayText, item.Owner,
        Created = Timestamp(item.CreatedUtc), Modified = Timestamp(item.ModifiedUtc), item.Version, Data = item.Data.ToJsonString(ContentJson.Options),
    };

    /// <summary>
    /// An item from a row of <see cref="Columns"/>, in that order. The document is parsed from the column's UTF-8 bytes
    /// (SQLite's text, PostgreSQL's jsonb as text) without a string in between, and kept as parsed (<see cref="ContentItem.Value"/>).
    /// The parsed document reads the column's own byte array (no copy); it is not disposed, so its token table, rented from
    /// the array pool, goes to the garbage collector with the item instead of back to the pool.
    /// </summary>
    internal static ContentItem Read(DbDataReader row) => new()
    {
        Id = row.GetString(0), ContentType = row.GetString(1), DisplayText = row.IsDBNull(2) ? "" : row.GetString(2),
        Owner = row.IsDBNull(3) ? null : row.GetString(3),
        CreatedUtc = Parse(row.GetString(4)), ModifiedUtc = Parse(row.GetString(5)), Version = row.GetInt32(6),
        DeletedUtc = row.IsDBNull(7) ? null : Parse(row.GetString(7)),
        Stored = row.IsDBNull(8) ? default : JsonDocument.Parse(new ReadOnlyMemory<byte>(row.GetFieldValue<byte[]>(8))).RootElement,
    };

    /// <summary>The canonical form the store writes (read digit by digit), else any ISO-8601 form (UTC unless it says otherwise).</summary>
    internal static DateTimeOffset Parse(string text) =>
        TryParseCanonical(text, out var instant) ? instant : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>yyyy-MM-ddTHH:mm:ss.fffffffZ (<see cref="DateTimeFieldKind.Format"/>): every item read has three of them.</summary>
    private static bool TryParseCanonical(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (text.Length != 28 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[27] != 'Z')
        {
            return false;
        }
        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day) ||
            !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second) ||
            !Digits(text, 20, 7, out var ticks))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        instant = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(ticks);
        return true;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
