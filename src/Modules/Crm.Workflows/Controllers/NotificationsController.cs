using Crm.Workflows.Models;
using Crm.Workflows.Notifications;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Workflows.Controllers;

/// <summary>The bell's dropdown (htmx): the signed-in user's notifications (and their roles'), marking one or all read.</summary>
[Authorize]
public sealed class NotificationsController(NotificationStore store, IAntiforgery antiforgery) : Controller
{
    [HttpGet("/admin/notifications")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => ListAsync(cancellationToken);

    [HttpPost("/admin/notifications/{id}/read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Read(string id, CancellationToken cancellationToken)
    {
        if (NotificationReader.Of(User) is not { } reader) return Forbid();
        if (await store.MarkReadAsync(reader, id, cancellationToken) == 0 && !(await store.ListAsync(reader, cancellationToken)).Any(n => n.Id == id)) return NotFound();
        return await ListAsync(cancellationToken);
    }

    [HttpPost("/admin/notifications/read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        if (NotificationReader.Of(User) is not { } reader) return Forbid();
        await store.MarkReadAsync(reader, null, cancellationToken);
        return await ListAsync(cancellationToken);
    }

    private async Task<IActionResult> ListAsync(CancellationToken cancellationToken)
    {
        if (NotificationReader.Of(User) is not { } reader) return Forbid();
        var token = antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "";
        return PartialView("_List", new NotificationListModel(await store.ListAsync(reader, cancellationToken), await store.UnreadCountAsync(reader, cancellationToken), token));
    }
}
