using Crm.Core.Settings;
using System.Globalization;
using Crm.Contents.Controllers.Items;
using Crm.Contents.Models.Items;
using Crm.Contents.Services.Items;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>
/// Delete to the recycle bin, the bin itself, restore and purge. Restoring needs the delete right on the item;
/// purging (for good) needs the right to delete every item of the type.
/// </summary>
[Authorize]
public sealed class ItemRecycleController(ItemTypes types, ContentAuthorizer authorizer, ContentManager manager, RecycleBinQuery bin,
    TenantTimeZone timeZone, IStringLocalizer<ContentScreensText> text) : Controller
{
    [HttpPost("/contents/{type}/{id}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string type, string id, [FromForm] int version, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not (_, { } definition)) return NotFound();
        if (await manager.GetAsync(id, cancellationToken: cancellationToken) is not { } item || !Same(item, definition)) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Delete, definition, item.Owner, cancellationToken)) return this.Forbidden(text, ItemUrl(item));
        try
        {
            await manager.DeleteAsync(item.Id, version, cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            return Stale(item);
        }
        return await BinAsync(definition, text["'{0}' moved to the recycle bin.", item.DisplayText], StatusCodes.Status200OK, cancellationToken);
    }

    [HttpGet("/contents/{type}/recycle-bin")]
    public async Task<IActionResult> RecycleBin(string type, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not (_, { } definition)) return NotFound();
        if (await authorizer.ViewScopeAsync(User, definition, cancellationToken) == ContentScope.None) return this.Forbidden(text);
        return await BinAsync(definition, null, StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("/contents/{type}/{id}/restore")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Restore(string type, string id, [FromForm] int version, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not (_, { } definition)) return NotFound();
        if (await manager.GetAsync(id, includeDeleted: true, cancellationToken) is not { DeletedUtc: not null } item || !Same(item, definition)) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Delete, definition, item.Owner, cancellationToken)) return this.Forbidden(text, BinUrl(definition));
        try
        {
            await manager.RestoreAsync(item.Id, version, cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            return Stale(item);
        }
        return Redirect(Url.Content($"~{ItemUrl(item)}?notice=restored"));
    }

    [HttpPost("/contents/{type}/{id}/purge")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Purge(string type, string id, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not (_, { } definition)) return NotFound();
        if (await manager.GetAsync(id, includeDeleted: true, cancellationToken) is not { DeletedUtc: not null } item || !Same(item, definition)) return NotFound();
        if (!await CanPurgeAsync(definition, cancellationToken)) return this.Forbidden(text, BinUrl(definition));
        await manager.PurgeAsync(item.Id, cancellationToken);
        return await BinAsync(definition, text["'{0}' removed for good.", item.DisplayText], StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>Owner null: only the "all items" delete right passes, never the "own" one.</summary>
    private Task<bool> CanPurgeAsync(ContentTypeDefinition type, CancellationToken cancellationToken) =>
        authorizer.CanAsync(User, ContentAction.Delete, type, null, cancellationToken);

    private async Task<IActionResult> BinAsync(ContentTypeDefinition type, string? notice, int status, CancellationToken cancellationToken)
    {
        var scope = await authorizer.ViewScopeAsync(User, type, cancellationToken);
        var zone = await timeZone.GetAsync(cancellationToken);
        var rows = await bin.ListAsync(type.Name, scope == ContentScope.All ? null : ContentAuthorizer.UserId(User) ?? "", cancellationToken);
        var items = new List<DeletedItem>();
        foreach (var row in rows)
        {
            var deleted = DateTimeOffset.Parse(row.DeletedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            items.Add(new DeletedItem(row.Id, row.DisplayText, row.Owner, ItemValueFormatter.Instant(deleted, zone), row.Version,
                await authorizer.CanAsync(User, ContentAction.Delete, type, row.Owner, cancellationToken)));
        }
        Response.StatusCode = status;
        return View("~/Views/Items/RecycleBin.cshtml", new RecycleBinPage(type, items, await CanPurgeAsync(type, cancellationToken), notice, null));
    }

    private ViewResult Stale(ContentItem item) => this.Message(StatusCodes.Status409Conflict, new ItemMessagePage(
        text["Changed meanwhile"], text["Someone changed this item meanwhile. Reload it to see their change, then try again."], ItemUrl(item), text["Reload"]));

    private static bool Same(ContentItem item, ContentTypeDefinition type) => string.Equals(item.ContentType, type.Name, StringComparison.OrdinalIgnoreCase);

    private static string ItemUrl(ContentItem item) => $"/contents/{item.ContentType}/{item.Id}";

    private static string BinUrl(ContentTypeDefinition type) => $"/contents/{type.Name}/recycle-bin";
}
