using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Contents.Services.Bulk;

/// <summary>
/// Gives an item another owner. The owner is a metadata column, not a field, so ContentManager.UpdateAsync cannot
/// change it; this follows the same rules: one transaction, the caller's version must be current, the version grows,
/// the history records "Owner" from → to, and the content handlers hear about it.
/// </summary>
public sealed class OwnerAssigner(TenantDb db, ContentManager manager, ContentHistory history, IServiceProvider services, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task<ContentItem> AssignAsync(string id, string owner, int expectedVersion, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var before = await manager.GetAsync(id, cancellationToken: cancellationToken) ?? throw new ContentNotFoundException(id);
        if (before.Version != expectedVersion) throw new ContentConcurrencyException(before.Id, expectedVersion, before.Version);
        if (before.Owner == owner) return before;

        var item = before with { Owner = owner, ModifiedUtc = clock.GetUtcNow(), Version = before.Version + 1 };
        var updated = await db.ExecuteAsync(
            "UPDATE content_items SET owner = @Owner, modified_utc = @Modified, version = @Version WHERE id = @Id AND version = @Expected AND deleted_utc IS NULL",
            new { item.Id, item.Owner, Modified = DateTimeFieldKind.Canonical(item.ModifiedUtc), item.Version, Expected = expectedVersion }, cancellationToken);
        if (updated == 0) throw new ContentConcurrencyException(item.Id, expectedVersion, before.Version + 1);

        var changes = new JsonObject { ["Owner"] = new JsonObject { ["from"] = before.Owner, ["to"] = owner } };
        var user = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        await history.AppendAsync([new ContentHistoryEntry(item.Id, item.ContentType, item.Version, ContentEventKind.Updated, user, item.ModifiedUtc, changes)], cancellationToken);

        var change = new ContentEvent(ContentEventKind.Updated, item, before, []);
        var handlers = services.GetServices<IContentHandler>().ToList();
        foreach (var handler in handlers) await handler.InTransactionAsync(change, cancellationToken);
        await db.AfterCommitAsync(async () =>
        {
            foreach (var handler in handlers) await handler.AfterCommitAsync(change);
        });
        await transaction.CommitAsync(cancellationToken);
        return item;
    }
}
