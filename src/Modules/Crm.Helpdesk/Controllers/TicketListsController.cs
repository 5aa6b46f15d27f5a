using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Settings;
using Crm.Helpdesk.Models;
using Crm.Helpdesk.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk.Controllers;

/// <summary>The unassigned queue every agent sees (oldest first, one click to take) and "my tickets" (open ones, the most urgent due first).</summary>
[Authorize]
public sealed class TicketListsController(TicketQueries tickets, ContentDefinitionManager definitions, ContentAuthorizer authorizer, TenantTimeZone timeZone,
    IStringLocalizer<HelpdeskText> text) : Controller
{
    [HttpGet("/admin/helpdesk/queue")]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken)
    {
        if (await RefusalAsync(cancellationToken) is { } refused) return refused;
        var (rows, more) = await tickets.QueueAsync(TicketQueries.PageSize, cancellationToken);
        return View("Index", new TicketListPage("queue", text["Unassigned queue"], rows, more, await timeZone.GetAsync(cancellationToken), null));
    }

    [HttpGet("/admin/helpdesk/mine")]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken)
    {
        if (await RefusalAsync(cancellationToken) is { } refused) return refused;
        var (rows, more) = await tickets.MineAsync(ContentAuthorizer.UserId(User)!, TicketQueries.PageSize, cancellationToken);
        return View("Index", new TicketListPage("mine", text["My tickets"], rows, more, await timeZone.GetAsync(cancellationToken), null));
    }

    private async Task<IActionResult?> RefusalAsync(CancellationToken cancellationToken)
    {
        if ((await definitions.GetAsync(cancellationToken)).FindType(HelpdeskModel.Ticket) is not { } type) return NotFound();
        return ContentAuthorizer.UserId(User) is null || await authorizer.ViewScopeAsync(User, type, cancellationToken) != ContentScope.All
            ? Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not see the helpdesk's tickets."])
            : null;
    }
}
