using Crm.Contents.Controllers.Items;
using Crm.Contents.Models.Items;
using Crm.Contents.Services.Items;
using Crm.Contents.Services.SavedViews;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>A type's list and an item's detail page. Every action asks the content authorizer, whatever the menu showed.</summary>
[Authorize]
public sealed class ItemsController(ItemTypes types, ContentAuthorizer authorizer, ContentManager manager, ItemListBuilder lists,
    ItemDetailBuilder details, ItemRelatedListsBuilder relatedLists, DuplicateFinder duplicates, IStringLocalizer<ContentScreensText> text, SavedViewStore savedViews)
    : Controller
{
    [HttpGet("/contents/{type}")]
    public async Task<IActionResult> Index(string type, string? q, string? filter, string? sort, string? after, string? count, int? size,
        string? view, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        var scope = await authorizer.ViewScopeAsync(User, definition, cancellationToken);
        if (scope == ContentScope.None) return this.Forbidden(text);
        // A saved view (?view=id) fills in q/filter/sort that the URL leaves out (an empty ?q= still counts as given);
        // another user's personal view is "not found".
        if (view is not null)
        {
            if (await savedViews.GetAsync(definition.Name, view, cancellationToken) is not { } saved || !SavedViewAccess.CanSee(User, saved)) return NotFound();
            var given = Request.Query;
            (q, filter, sort) = (given.ContainsKey("q") ? q : saved.Q, given.ContainsKey("filter") ? filter : saved.Filter, given.ContainsKey("sort") ? sort : saved.Sort);
        }
        var query = new ItemListQuery(q, filter, sort, after, string.Equals(count, "exact", StringComparison.OrdinalIgnoreCase),
            Math.Clamp(size ?? ItemListQuery.DefaultSize, 1, ItemListQuery.MaxSize));
        var canCreate = definition.Settings.Creatable && await authorizer.CanAsync(User, ContentAction.Create, definition, null, cancellationToken);
        var page = await lists.BuildAsync(defs, definition, query, scope, User, canCreate, cancellationToken);
        if (page.Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/Items/Index.cshtml", page);
    }

    [HttpGet("/contents/{type}/{id}")]
    public async Task<IActionResult> Detail(string type, string id, string? notice, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        var item = await manager.GetAsync(id, cancellationToken: cancellationToken);
        if (item is null || !string.Equals(item.ContentType, definition.Name, StringComparison.OrdinalIgnoreCase)) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, definition, item.Owner, cancellationToken)) return this.Forbidden(text, $"/contents/{definition.Name}");
        var canEdit = await authorizer.CanAsync(User, ContentAction.Edit, definition, item.Owner, cancellationToken);
        var canDelete = await authorizer.CanAsync(User, ContentAction.Delete, definition, item.Owner, cancellationToken);
        // Notices come back from redirects as keys, never as free text, so a link cannot put words on the page.
        string? message = notice switch { "saved" => text["Saved."].Value, "restored" => text["Restored."].Value, "merged" => text["Merged."].Value, _ => null };
        var related = await relatedLists.BuildAsync(defs, definition, item, User, cancellationToken);
        var page = await details.BuildAsync(defs, definition, item, ContentAuthorizer.UserId(User), canEdit, canDelete, message, related, cancellationToken);
        var matches = canEdit && definition.Settings.DuplicateRules.Count > 0 ? await duplicates.FindDuplicatesAsync(item.Id, cancellationToken) : [];
        return View("~/Views/Items/Detail.cshtml", page with { Duplicates = matches });
    }
}
