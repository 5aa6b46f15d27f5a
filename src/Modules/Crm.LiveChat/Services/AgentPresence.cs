using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.LiveChat.Models;

namespace Crm.LiveChat.Services;

/// <summary>
/// Which agents have the console open, across nodes: one row per console connection, refreshed by the console's heartbeat;
/// a row not seen for <see cref="Timeout"/> (its node died) no longer counts.
/// </summary>
public sealed class AgentPresence(TenantDb db, TimeProvider clock)
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public Task ConnectedAsync(string connectionId, string userId, string userName, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            "INSERT INTO chat_agent_connections (connection_id, user_id, user_name, seen_utc) VALUES (@connectionId, @userId, @userName, @now) " +
            "ON CONFLICT (connection_id) DO UPDATE SET seen_utc = excluded.seen_utc",
            new { connectionId, userId, userName, now = Now() }, cancellationToken);

    public Task HeartbeatAsync(string connectionId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE chat_agent_connections SET seen_utc = @now WHERE connection_id = @connectionId", new { connectionId, now = Now() }, cancellationToken);

    /// <summary>Forgets the connection, and rows that stopped beating long ago.</summary>
    public Task DisconnectedAsync(string connectionId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM chat_agent_connections WHERE connection_id = @connectionId OR seen_utc < @stale",
            new { connectionId, stale = Stale() }, cancellationToken);

    public Task<IReadOnlyList<OnlineAgent>> OnlineAsync(CancellationToken cancellationToken) =>
        db.QueryAsync<OnlineAgent>(
            "SELECT DISTINCT user_id, user_name FROM chat_agent_connections WHERE seen_utc >= @stale ORDER BY user_name, user_id",
            new { stale = Stale() }, cancellationToken);

    public async Task<bool> IsOnlineAsync(string userId, CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM chat_agent_connections WHERE user_id = @userId AND seen_utc >= @stale",
            new { userId, stale = Stale() }, cancellationToken) > 0;

    private string Now() => DateTimeFieldKind.Canonical(clock.GetUtcNow());

    private string Stale() => DateTimeFieldKind.Canonical(clock.GetUtcNow() - Timeout);
}
