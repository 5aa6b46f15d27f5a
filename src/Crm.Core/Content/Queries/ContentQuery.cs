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
public sealed class ContentQuery(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds, SiteSettings settings, TimeProvider clock)
{
    public async Task<ContentQueryResult> QueryAsync(ContentQueryRequest request, CancellationToken cancellationToken = default)
    {
        var compiled = await CompileAsync(request, cancellationToken);
        var rows = await db.QueryAsync<ContentManager.ContentRow>(compiled.Sql, compiled.Parameters, cancellationToken);
        var items = rows.Take(request.First).Select(r => r.ToItem()).ToList();
        var next = rows.Count > request.First ? KeysetCursor.Encode(compiled.ContentType, compiled.Keys, items[^1]) : null;

        ContentCount? count = null;
        if (compiled.CountSql is { } countSql)
        {
            var counted = await db.ExecuteScalarAsync<long>(countSql, compiled.Parameters, cancellationToken);
            count = request.Count == CountMode.Capped && counted > request.CountLimit ? new ContentCount(request.CountLimit, false) : new ContentCount(counted, true);
        }
        return new ContentQueryResult(items, next, count);
    }

    /// <summary>The SQL a request runs, without running it; throws <see cref="FilterException"/> when the request is wrong.</summary>
    public async Task<CompiledContentQuery> CompileAsync(ContentQueryRequest request, CancellationToken cancellationToken = default)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        return new ContentQueryCompiler(defs, kinds, db.Dialect, await ClockAsync(cancellationToken)).Compile(request);
    }

    /// <summary>"now" from the TimeProvider; "today" in the tenant's TimeZone setting (UTC when unset).</summary>
    private async Task<QueryClock> ClockAsync(CancellationToken cancellationToken)
    {
        var zoneId = await settings.GetStringAsync("TimeZone", cancellationToken);
        var zone = !string.IsNullOrEmpty(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        return new QueryClock(clock.GetUtcNow(), zone);
    }
}
