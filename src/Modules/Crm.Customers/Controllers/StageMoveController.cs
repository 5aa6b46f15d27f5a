using Crm.Core.Content.Store;
using Microsoft.AspNetCore.Authorization;
using Crm.Customers.Models;
using Crm.Customers.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Customers.Controllers;

/// <summary>
/// The detail page's "Move to …" buttons post the customer here; the page asks for the reason and the move is saved with
/// its history row. Editing rights on the customer are checked by <see cref="StageMoves"/> like on its form.
/// </summary>
[Authorize]
public sealed class StageMoveController(StageMoves moves, IStringLocalizer<CustomersText> text) : Controller
{
    [HttpPost("/admin/customers/stage/{stage}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Ask(string stage, [FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        if (itemIds.Count != 1) return Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Move one customer at a time."]);
        if (!CustomerModel.Stages.Contains(stage)) return NotFound();
        try
        {
            var customer = await moves.RequireCustomerAsync(itemIds[0], cancellationToken);
            return View("Index", Page(customer, stage, null, null));
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost("/admin/customers/{id}/stage")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(string id, [FromForm] string stage, [FromForm] string? reason, [FromForm] int version, CancellationToken cancellationToken)
    {
        try
        {
            await moves.MoveAsync(User, id, stage, reason, version, cancellationToken);
            return Redirect(Url.Content($"~/contents/{CustomerModel.Customer}/{id.ToUpperInvariant()}?notice=saved"));
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not change this customer."]);
        }
        catch (StageMoveException e)
        {
            return await RetryAsync(id, stage, reason, StatusCodes.Status400BadRequest, text[e.Template, e.Arguments], cancellationToken);
        }
        catch (ContentValidationException)
        {
            return await RetryAsync(id, stage, reason, StatusCodes.Status400BadRequest, text["'{0}' is not a stage.", stage], cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            return await RetryAsync(id, stage, reason, StatusCodes.Status409Conflict, text["Someone changed this customer meanwhile; check it and move it again."], cancellationToken);
        }
    }

    private async Task<IActionResult> RetryAsync(string id, string stage, string? reason, int status, string error, CancellationToken cancellationToken)
    {
        var customer = await moves.RequireCustomerAsync(id, cancellationToken);
        Response.StatusCode = status;
        return View("Index", Page(customer, stage, reason, error));
    }

    private static StageMovePage Page(ContentItem customer, string stage, string? reason, string? error)
    {
        var current = StageMoves.StageOf(customer);
        return new StageMovePage(customer, current, stage, StageDirection.Of(current, stage) == StageDirection.Backward, reason, error);
    }
}
