using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Customers;
using Crm.Helpdesk.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk.Controllers;

/// <summary>The buttons on a call's page: turn it into a ticket, assign it to me, attach it to one of the customers with its number.</summary>
[Authorize]
public sealed class CallLogController(ContentManager content, ContentDefinitionManager definitions, ContentAuthorizer authorizer, CallToTicket tickets,
    IStringLocalizer<HelpdeskText> text) : Controller
{
    [HttpPost("/admin/helpdesk/calls/to-ticket")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ToTicket([FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        if (await EditableCallAsync(itemIds, cancellationToken) is not { } call) return CallRefusal(itemIds);
        if ((await definitions.GetAsync(cancellationToken)).FindType(HelpdeskModel.Ticket) is not { } type
            || !await authorizer.CanAsync(User, ContentAction.Create, type, null, cancellationToken)) return Refused();
        var ticket = await tickets.CreateAsync(call, cancellationToken);
        return Redirect(Url.Content($"~/contents/{HelpdeskModel.Ticket}/{ticket.Id}?notice=saved"));
    }

    [HttpPost("/admin/helpdesk/calls/assign-to-me")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AssignToMe([FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        if (await EditableCallAsync(itemIds, cancellationToken) is not { } call) return CallRefusal(itemIds);
        return await SaveAsync(call, new JsonObject { [HelpdeskModel.Assignee] = ContentAuthorizer.UserId(User) }, cancellationToken);
    }

    [HttpPost("/admin/helpdesk/calls/attach/{customerId}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Attach(string customerId, [FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        if (await EditableCallAsync(itemIds, cancellationToken) is not { } call) return CallRefusal(itemIds);
        if (await content.GetAsync(customerId, cancellationToken: cancellationToken) is not { ContentType: CustomerModel.Customer } customer) return NotFound();
        return await SaveAsync(call, new JsonObject { [HelpdeskModel.Customer] = customer.Id }, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(ContentItem call, JsonObject values, CancellationToken cancellationToken)
    {
        try
        {
            await content.UpdateAsync(call.Id, values, call.Version, cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, title: text["Someone changed this call meanwhile; nothing was changed. Open it to see the change."]);
        }
        return Redirect(Url.Content($"~/contents/{HelpdeskModel.CallLog}/{call.Id}?notice=saved"));
    }

    /// <summary>The one call the form names, when the user may edit it; null otherwise (see <see cref="CallRefusal"/>).</summary>
    private async Task<ContentItem?> EditableCallAsync(List<string> itemIds, CancellationToken cancellationToken)
    {
        if (itemIds.Count != 1 || await content.GetAsync(itemIds[0], cancellationToken: cancellationToken) is not { ContentType: HelpdeskModel.CallLog } call) return null;
        return (await definitions.GetAsync(cancellationToken)).FindType(HelpdeskModel.CallLog) is { } type
               && await authorizer.CanAsync(User, ContentAction.Edit, type, call.Owner, cancellationToken)
            ? call
            : null;
    }

    private IActionResult CallRefusal(List<string> itemIds) => itemIds.Count != 1
        ? Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Handle one call at a time."])
        : Refused();

    private IActionResult Refused() => Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not change this call (or it does not exist)."]);
}
