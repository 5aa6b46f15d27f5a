using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Settings;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Lists a type's live items through the filter language: parameterised SQL over the indexed expressions, keyset
/// pages with an opaque cursor, and a count that is capped unless an exact one is asked for.
/// Bad input throws <see cref="FilterException"/> naming the field or value.
/// </summary>
public sealed class ContentQuery(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds, TenantTimeZone timeZone, TimeProvider clock)
{
    public async Task<ContentQueryResult> QueryAsync(ContentQueryRequest request, CancellationToken cancellationToken = default)
    {
        var compiled = await CompileAsync(request, cancellationToken);
        var rows = await db.QueryAsync(compiled.Sql, compiled.Parameters, ContentManager.Read, cancellationToken);
        var size = request.PageSize;
        var items = rows.Take(size).ToList();
        if (request.IsBackward) items.Reverse();
        var cursors = new KeysetCursorList(compiled.ContentType, compiled.Keys, items);
        var hasMore = rows.Count > size;
        var next = !request.IsBackward && hasMore ? cursors[^1] : null;

        ContentCount? count = null;
        if (compiled.CountSql is { } countSql)
        {
            var counted = await db.ExecuteScalarAsync<long>(countSql, compiled.Parameters, cancellationToken);
            count = request.Count == CountMode.Capped && counted > request.CountLimit ? new ContentCount(request.CountLimit, false) : new ContentCount(counted, true);
        }
        return new ContentQueryResult(items, next, count) { Cursors = cursors, HasMore = hasMore };
    }

    /// <summary>
    /// The first items of the request's page for each of several parents, in one statement: the items whose single-item
    /// relation <paramref name="relation"/> points at each parent id (e.g. the 5 newest activities of each of 50 customers).
    /// Every parent id has an entry, empty when nothing points at it. Cursors and counts are not produced.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ContentPage>> QueryPerParentAsync(ContentQueryRequest request, string relation,
        IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var compiled = new ContentQueryCompiler(defs, kinds, db.Dialect, await ClockAsync(cancellationToken)).CompilePerParent(request, relation, parentIds);
        var rows = await db.QueryAsync(compiled.Sql, compiled.Parameters, ContentManager.Read, cancellationToken);
        var byParent = parentIds.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(id => id, _ => new List<ContentItem>(), StringComparer.OrdinalIgnoreCase);
        foreach (var item in rows)
        {
            if (compiled.ParentOf(item) is { } parent && byParent.TryGetValue(parent, out var list)) list.Add(item);
        }
        return byParent.ToDictionary(
            pair => pair.Key,
            pair => new ContentPage(pair.Value.Take(request.First).ToList(), pair.Value.Count > request.First),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The SQL a request runs, without running it; throws <see cref="FilterException"/> when the request is wrong.</summary>
    public async Task<CompiledContentQuery> CompileAsync(ContentQueryRequest request, CancellationToken cancellationToken = default)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        return new ContentQueryCompiler(defs, kinds, db.Dialect, await ClockAsync(cancellationToken)).Compile(request);
    }

    /// <summary>"now" from the TimeProvider; "today" in the tenant's TimeZone setting (UTC when unset).</summary>
    private async Task<QueryClock> ClockAsync(CancellationToken cancellationToken) => new(clock.GetUtcNow(), await timeZone.GetAsync(cancellationToken));
}
