using System.Data.Common;
using Crm.Contents.Models.SavedViews;
using Crm.Core.Data;

namespace Crm.Contents.Services.SavedViews;

/// <summary>The content_views table. It knows nothing of rights: <see cref="SavedViewAccess"/> decides who sees and changes what.</summary>
public sealed class SavedViewStore(TenantDb db, TimeProvider clock)
{
    private const string Columns = "id AS Id, content_type AS ContentType, name AS Name, user_id AS UserId, q AS Q, filter AS Filter, sort AS Sort, created_utc AS CreatedUtc";

    /// <summary>The shared views of the type and the user's own, shared first, then by name.</summary>
    public async Task<IReadOnlyList<SavedView>> ListAsync(string contentType, string? userId, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<Row>(
            $"SELECT {Columns} FROM content_views WHERE content_type = @contentType AND (user_id IS NULL OR user_id = @userId)",
            new { contentType, userId }, cancellationToken);
        return rows.Select(r => r.ToView())
            .OrderBy(v => v.Shared ? 0 : 1).ThenBy(v => v.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<SavedView?> GetAsync(string contentType, string id, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM content_views WHERE id = @id AND content_type = @contentType", new { id, contentType }, cancellationToken);
        return row?.ToView();
    }

    /// <summary>Stores the view; null when the name is already used by a shared view, or by the same user's views, of the type.</summary>
    public async Task<SavedView?> AddAsync(string contentType, string name, string? userId, string q, string filter, string sort, CancellationToken cancellationToken)
    {
        if (await NameTakenAsync(contentType, name, userId, cancellationToken)) return null;
        var now = clock.GetUtcNow();
        var view = new SavedView(Ulid.NewUlid(now).ToString(), contentType, name, userId, q, filter, sort, now.UtcDateTime);
        try
        {
            await db.ExecuteAsync(
                "INSERT INTO content_views (id, content_type, name, user_id, q, filter, sort, created_utc) " +
                "VALUES (@Id, @ContentType, @Name, @UserId, @Q, @Filter, @Sort, @CreatedUtc)", view, cancellationToken);
        }
        // Two saves of the same name can pass the check together; the unique index stops the second one.
        catch (DbException)
        {
            if (await NameTakenAsync(contentType, name, userId, cancellationToken)) return null;
            throw;
        }
        return view;
    }

    public Task<int> DeleteAsync(string id, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM content_views WHERE id = @id", new { id }, cancellationToken);

    // Names differing only in case would look the same in the menu, so the check ignores case (the index cannot, portably).
    private async Task<bool> NameTakenAsync(string contentType, string name, string? userId, CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM content_views WHERE content_type = @contentType AND LOWER(name) = LOWER(@name) AND " +
            (userId is null ? "user_id IS NULL" : "user_id = @userId"),
            new { contentType, name, userId }, cancellationToken) > 0;

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string ContentType { get; set; } = "";
        public string Name { get; set; } = "";
        public string? UserId { get; set; }
        public string Q { get; set; } = "";
        public string Filter { get; set; } = "";
        public string Sort { get; set; } = "";
        public DateTime CreatedUtc { get; set; }

        public SavedView ToView() => new(Id, ContentType, Name, UserId, Q, Filter, Sort, DateTime.SpecifyKind(CreatedUtc, DateTimeKind.Utc));
    }
}
