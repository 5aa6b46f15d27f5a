using Crm.Core.Data;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Notifications;

/// <summary>The tenant's in-app notifications: written by the Notify activity, read in the admin header's bell.</summary>
public sealed class NotificationStore(TenantDb db, TimeProvider clock)
{
    public const int ListSize = 20;

    /// <summary>Adds a notification for a user (<paramref name="userId"/>) or for everyone in <paramref name="role"/>.</summary>
    public async Task<string> AddAsync(string? userId, string? role, string message, string? link, string? instanceId, CancellationToken cancellationToken = default)
    {
        if ((userId is null) == (role is null)) throw new ArgumentException("A notification goes to a user or to a role.");
        var now = clock.GetUtcNow();
        var id = Ulid.NewUlid(now).ToString();
        await db.ExecuteAsync(
            "INSERT INTO workflow_notifications (id, user_id, role, message, link, instance_id, created_utc) VALUES (@id, @userId, @role, @message, @link, @instanceId, @now)",
            new { id, userId, role, message = Cut(message), link = link is null ? null : Cut(link), instanceId, now = Stamps.Of(now) }, cancellationToken);
        return id;
    }

    /// <summary>The reader's newest notifications, read or not.</summary>
    public async Task<IReadOnlyList<Notification>> ListAsync(NotificationReader reader, CancellationToken cancellationToken = default)
    {
        var rows = await db.QueryAsync<Row>(
            "SELECT n.id AS Id, n.message AS Message, n.link AS Link, n.created_utc AS CreatedUtc, " +
            "CASE WHEN EXISTS (SELECT 1 FROM workflow_notification_reads r WHERE r.notification_id = n.id AND r.user_id = @UserId) THEN 1 ELSE 0 END AS IsRead " +
            $"FROM workflow_notifications n WHERE {Visible(reader)} ORDER BY n.created_utc DESC, n.id DESC {db.Dialect.Paging("limit", "offset")}",
            new { reader.UserId, roles = reader.Roles.ToArray(), limit = ListSize, offset = 0 }, cancellationToken);
        return rows.Select(r => new Notification(r.Id, r.Message, r.Link, Stamps.Parse(r.CreatedUtc), r.IsRead == 1)).ToList();
    }

    public async Task<long> UnreadCountAsync(NotificationReader reader, CancellationToken cancellationToken = default) =>
        await db.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM workflow_notifications n WHERE {Visible(reader)} " +
            "AND NOT EXISTS (SELECT 1 FROM workflow_notification_reads r WHERE r.notification_id = n.id AND r.user_id = @UserId)",
            new { reader.UserId, roles = reader.Roles.ToArray() }, cancellationToken);

    /// <summary>Marks one notification (or, without an id, all of them) read for this reader; others' notifications are left alone.</summary>
    public Task<int> MarkReadAsync(NotificationReader reader, string? id, CancellationToken cancellationToken = default) =>
        db.ExecuteAsync(
            "INSERT INTO workflow_notification_reads (notification_id, user_id) SELECT n.id, @UserId FROM workflow_notifications n " +
            $"WHERE {Visible(reader)}{(id is null ? "" : " AND n.id = @id")} " +
            "AND NOT EXISTS (SELECT 1 FROM workflow_notification_reads r WHERE r.notification_id = n.id AND r.user_id = @UserId) " +
            "ON CONFLICT (notification_id, user_id) DO NOTHING",
            new { reader.UserId, roles = reader.Roles.ToArray(), id }, cancellationToken);

    private string Visible(NotificationReader reader) =>
        reader.Roles.Count == 0 ? "n.user_id = @UserId" : $"(n.user_id = @UserId OR {db.Dialect.InList("n.role", "roles")})";

    private static string Cut(string text) => text.Length > 2000 ? text[..2000] : text;

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Message { get; set; } = "";
        public string? Link { get; set; }
        public string CreatedUtc { get; set; } = "";
        public long IsRead { get; set; }
    }
}
