using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Helpdesk.Models;
using Crm.Helpdesk.Screens;
using Crm.Helpdesk.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk.Controllers;

/// <summary>
/// The one-click moves from a ticket's page, the queue and "my tickets": POST /admin/helpdesk/tickets/{take|start|resolve|close|reopen}
/// with the ticket (itemIds, as the page's action buttons send it) and, from the lists, the version shown and where to go back.
/// Reopen first asks for the reason. Each move is an ordinary update, so the step rules refuse what is not allowed.
/// </summary>
[Authorize]
public sealed class TicketMovesController(ContentManager content, ContentDefinitionManager definitions, ContentAuthorizer authorizer, TicketMoves moves,
    IStringLocalizer<HelpdeskText> text, IStringLocalizer<ContentText> fieldText) : Controller
{
    [HttpPost("/admin/helpdesk/tickets/{move}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(string move, [FromForm] List<string> itemIds, [FromForm] int? version, [FromForm] string? reason,
        [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<TicketMove>(move, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted)) return NotFound();
        if (itemIds.Count != 1) return Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Move one ticket at a time."]);
        if (await content.GetAsync(itemIds[0], cancellationToken: cancellationToken) is not { ContentType: HelpdeskModel.Ticket } ticket) return NotFound();
        if ((await definitions.GetAsync(cancellationToken)).FindType(HelpdeskModel.Ticket) is not { } type
            || !await authorizer.CanAsync(User, ContentAction.Edit, type, ticket.Owner, cancellationToken)
            || ContentAuthorizer.UserId(User) is not { } me)
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not change this ticket."]);
        }
        var back = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        if (wanted == TicketMove.Reopen && !Request.Form.ContainsKey("reason"))
        {
            return View("Reopen", new ReopenPage(ticket.Id, ticket.DisplayText, version ?? ticket.Version, null, null, back));
        }
        try
        {
            await moves.MakeAsync(ticket, wanted, me, version ?? ticket.Version, reason, cancellationToken);
        }
        catch (ContentValidationException e) when (wanted == TicketMove.Reopen && e.Errors.All(x => x.Field.EndsWith(HelpdeskModel.ReopenReason, StringComparison.Ordinal)))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Reopen", new ReopenPage(ticket.Id, ticket.DisplayText, version ?? ticket.Version, reason, e.Errors[0].Problem.Localize(fieldText), back));
        }
        catch (ContentValidationException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Refused", new RefusedPage(text[TicketActions.Label(wanted)],
                e.Errors.Select(x => $"{x.Field.Split('.')[^1]}: {x.Problem.Localize(fieldText)}").ToList(), back ?? ItemUrl(ticket.Id)));
        }
        catch (ContentConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Refused", new RefusedPage(text[TicketActions.Label(wanted)],
                [text["Someone changed this ticket meanwhile; nothing was changed. Open it to see the change."]], ItemUrl(ticket.Id)));
        }
        return Redirect(back is null ? ItemUrl(ticket.Id) + "?notice=saved" : back);
    }

    private string ItemUrl(string id) => Url.Content($"~/contents/{HelpdeskModel.Ticket}/{id}");
}
