using Crm.Bench.Common;
using Crm.Core.Data;
using Dapper;

namespace Crm.Bench.Content;

/// <summary>
/// What a developer would write by hand for "Stage = Prospect and Grade = A, newest activity first, 50 rows, count
/// up to 10,000": the same table, the same indexed expressions, the same columns, no engine in between.
/// </summary>
public static class HandWrittenQuery
{
    private const string Columns = "id, content_type, display_text, owner, created_utc, modified_utc, version, deleted_utc, data";

    public static (string Page, string Count) Sql(DatabaseProvider provider)
    {
        var sql = new BenchCustomerSql(provider);
        return (
            $"SELECT {Columns} FROM content_items WHERE {sql.Where} ORDER BY {sql.LastActivityAt} DESC, id DESC LIMIT 50",
            $"SELECT COUNT(*) FROM (SELECT 1 FROM content_items WHERE {sql.Where} LIMIT 10001) capped");
    }

    /// <summary>Runs both statements; returns the rows read and the capped count.</summary>
    public static async Task<(int Rows, long Count)> RunAsync(TenantDb db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var (page, count) = Sql(provider);
        var args = new { stage = "Prospect", grade = "A" };
        var rows = await db.QueryAsync<Row>(page, args, cancellationToken);
        // Parse the documents as the engine does: the caller gets the same usable values either way.
        var parsed = rows.Count(r => System.Text.Json.Nodes.JsonNode.Parse(r.Data) is System.Text.Json.Nodes.JsonObject);
        var total = await db.ExecuteScalarAsync<long>(count, args, cancellationToken);
        return (parsed, total);
    }

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string ContentType { get; set; } = "";
        public string DisplayText { get; set; } = "";
        public string? Owner { get; set; }
        public string CreatedUtc { get; set; } = "";
        public string ModifiedUtc { get; set; } = "";
        public int Version { get; set; }
        public string? DeletedUtc { get; set; }
        public string Data { get; set; } = "";
    }
}
