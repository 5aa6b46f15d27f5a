using System.Text.Json.Nodes;
using Crm.Contents.Models.Items;
using Crm.Contents.Models.Kanban;
using Crm.Contents.Services.Items;
using Crm.Contents.Services.Kanban;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>
/// The kanban board of a type with a kanban field, and moving a card to another column. A move changes only the
/// kanban field, through the content manager (validation, version check, history); the endpoint itself checks the
/// right to edit the item, whatever the board showed. The board's script asks for JSON; a plain form gets pages.
/// </summary>
[Authorize]
public sealed class KanbanController(ItemTypes types, ContentAuthorizer authorizer, ContentManager manager, KanbanBoardBuilder boards,
    IStringLocalizer<ContentToolsText> text, IStringLocalizer<ContentText> fieldText) : Controller
{
    [HttpGet("/contents/{type}/kanban")]
    public async Task<IActionResult> Index(string type, int? size, string? notice, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        if (boards.KanbanField(defs, definition) is not { } field) return NotFound();
        var scope = await authorizer.ViewScopeAsync(User, definition, cancellationToken);
        if (scope == ContentScope.None) return Refused(StatusCodes.Status403Forbidden, text["You do not have the right to see these items."], $"/contents/{definition.Name}");
        // Notices come back from redirects as keys, never as free text, so a link cannot put words on the page.
        string? message = notice == "moved" ? text["The card was moved."].Value : null;
        var cards = Math.Clamp(size ?? KanbanBoard.DefaultCardsPerColumn, 1, KanbanBoard.MaxCardsPerColumn);
        return View("~/Views/Kanban/Index.cshtml", await boards.BuildAsync(definition, field, scope, User, cards, message, cancellationToken));
    }

    [HttpPost("/contents/{type}/{id}/move")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(string type, string id, [FromForm] string? to, [FromForm] int version, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        if (boards.KanbanField(defs, definition) is not { } field) return NotFound();
        var board = $"/contents/{definition.Name}/kanban";
        var item = await manager.GetAsync(id, cancellationToken: cancellationToken);
        if (item is null || !string.Equals(item.ContentType, definition.Name, StringComparison.OrdinalIgnoreCase))
        {
            return Refused(StatusCodes.Status404NotFound, text["The item no longer exists."], board);
        }
        if (!await authorizer.CanAsync(User, ContentAction.Edit, definition, item.Owner, cancellationToken))
        {
            return Refused(StatusCodes.Status403Forbidden, text["You do not have the right to change this item."], board);
        }
        // An empty target is the "(none)" column; anything else must be one of the field's options.
        var target = string.IsNullOrEmpty(to) ? null : to;
        if (target is not null && !field.Field.Settings.Options.Any(o => o.Value == target))
        {
            return Refused(StatusCodes.Status400BadRequest, text["'{0}' is not a column of this board.", target], board);
        }
        try
        {
            var moved = await manager.UpdateAsync(item.Id, new JsonObject { [field.QualifiedName] = target }, version, cancellationToken);
            return WantsJson ? Json(new KanbanMoveResult(true, moved.Version, null)) : Redirect(Url.Content($"~{board}?notice=moved"));
        }
        catch (ContentConcurrencyException)
        {
            return Refused(StatusCodes.Status409Conflict, text["Someone changed this item meanwhile. The card went back; reload the board to see their change."], board);
        }
        catch (ContentValidationException e)
        {
            return Refused(StatusCodes.Status400BadRequest, string.Join(" ", e.Errors.Select(error => error.Problem.Localize(fieldText))), board);
        }
    }

    private bool WantsJson => Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private IActionResult Refused(int status, string message, string backUrl)
    {
        if (WantsJson) return new JsonResult(new KanbanMoveResult(false, null, message)) { StatusCode = status };
        var title = status switch
        {
            StatusCodes.Status403Forbidden => text["Not allowed"],
            StatusCodes.Status409Conflict => text["Changed meanwhile"],
            StatusCodes.Status404NotFound => text["Not found"],
            _ => text["The card was not moved"],
        };
        return new ViewResult
        {
            ViewName = "~/Views/Items/Message.cshtml",
            ViewData = new ViewDataDictionary<ItemMessagePage>(ViewData, new ItemMessagePage(title, message, backUrl, text["Back to the board"])),
            StatusCode = status,
        };
    }
}
