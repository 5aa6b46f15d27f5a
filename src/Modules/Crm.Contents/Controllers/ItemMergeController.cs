using Crm.Contents.Controllers.Items;
using Crm.Contents.Services.Items;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>
/// "Merge into this" on a detail page's possible duplicates: the other item's relations and history move here, its values
/// fill this item's empty fields, and it goes to the recycle bin. Needs edit rights on this item and delete rights on the other.
/// </summary>
[Authorize]
public sealed class ItemMergeController(ItemTypes types, ContentAuthorizer authorizer, ContentManager manager, ContentMerger merger, IStringLocalizer<ContentScreensText> text)
    : Controller
{
    [HttpPost("/contents/{type}/{id}/merge")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Merge(string type, string id, [FromForm] int version, [FromForm] string mergeId, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } _, { } definition)) return NotFound();
        var keep = await manager.GetAsync(id, cancellationToken: cancellationToken);
        var merge = await manager.GetAsync(mergeId, cancellationToken: cancellationToken);
        if (keep is null || merge is null || keep.ContentType != definition.Name || merge.ContentType != definition.Name || keep.Id == merge.Id) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, definition, keep.Owner, cancellationToken)
            || !await authorizer.CanAsync(User, ContentAction.Delete, definition, merge.Owner, cancellationToken))
        {
            return this.Forbidden(text, $"/contents/{definition.Name}/{keep.Id}");
        }
        try
        {
            await merger.MergeAsync(keep.Id, version, merge.Id, merge.Version, cancellationToken: cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Problem(statusCode: StatusCodes.Status409Conflict, title: text["Someone changed this item meanwhile. Reload it to see their change, then apply yours again."]);
        }
        return Redirect(Url.Content($"~/contents/{definition.Name}/{keep.Id}?notice=merged"));
    }
}
