using Crm.Core.Data;

namespace Crm.Contents.Services.Items;

/// <summary>
/// The type's deleted items, read from the table directly: the content query only ever sees live items.
/// </summary>
public sealed class RecycleBinQuery(TenantDb db)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<Row>> ListAsync(string type, string? owner, CancellationToken cancellationToken) =>
        await db.QueryAsync<Row>(
            "SELECT id, display_text, owner, deleted_utc, version FROM content_items WHERE deleted_utc IS NOT NULL AND content_type = @type" +
            (owner is null ? "" : " AND owner = @owner") + $" ORDER BY deleted_utc DESC, id LIMIT {Limit}",
            new { type, owner }, cancellationToken);

    public sealed class Row
    {
        public string Id { get; set; } = "";
        public string DisplayText { get; set; } = "";
        public string? Owner { get; set; }
        public string DeletedUtc { get; set; } = "";
        public int Version { get; set; }
    }
}
