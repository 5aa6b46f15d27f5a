using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Data;

namespace Crm.Core.Content.Queries;

/// <summary>
/// A tenant's saved queries (recipes' Queries step, list screens, workflows): stored by name after being checked
/// against the current definitions, and run by name.
/// </summary>
public sealed class SavedQueries(TenantDb db, ContentQuery query)
{
    /// <summary>Checks the query (throws <see cref="FilterException"/> naming what is wrong) and saves it under its name.</summary>
    public async Task SaveAsync(SavedQuery saved, CancellationToken cancellationToken = default)
    {
        var filter = FilterJson.Parse(saved.Filter);
        var compiled = await query.CompileAsync(new ContentQueryRequest { ContentType = saved.ContentType, Filter = filter, OrderBy = saved.OrderBy }, cancellationToken);
        await db.ExecuteAsync(
            "INSERT INTO content_queries (name, content_type, filter, order_by) VALUES (@name, @type, @filter, @orderBy) " +
            "ON CONFLICT (name) DO UPDATE SET content_type = excluded.content_type, filter = excluded.filter, order_by = excluded.order_by",
            new
            {
                name = saved.Name, type = compiled.ContentType, filter = FilterJson.Write(filter).ToJsonString(ContentJson.Options),
                orderBy = JsonSerializer.Serialize(saved.OrderBy),
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<SavedQuery>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.QueryAsync<(string Name, string ContentType, string Filter, string OrderBy)>(
            "SELECT name, content_type, filter, order_by FROM content_queries ORDER BY name", null, cancellationToken);
        return rows.Select(r => new SavedQuery(r.Name, r.ContentType, JsonNode.Parse(r.Filter), JsonSerializer.Deserialize<List<string>>(r.OrderBy) ?? [])).ToList();
    }

    public async Task<SavedQuery?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var row = await db.QuerySingleOrDefaultAsync<(string Name, string ContentType, string Filter, string OrderBy)>(
            "SELECT name, content_type, filter, order_by FROM content_queries WHERE name = @name", new { name }, cancellationToken);
        return row.Name is null ? null : new SavedQuery(row.Name, row.ContentType, JsonNode.Parse(row.Filter), JsonSerializer.Deserialize<List<string>>(row.OrderBy) ?? []);
    }

    /// <summary>Runs a saved query; the definitions may have changed since it was saved, so it is checked again.</summary>
    public async Task<ContentQueryResult> RunAsync(string name, int first = 50, string? after = null, CountMode count = CountMode.Capped, CancellationToken cancellationToken = default)
    {
        var saved = await GetAsync(name, cancellationToken) ?? throw new FilterException("$.Name", $"there is no saved query named '{name}'");
        return await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = saved.ContentType, Filter = FilterJson.Parse(saved.Filter), OrderBy = saved.OrderBy, First = first, After = after, Count = count,
        }, cancellationToken);
    }
}
