using Crm.Core.Content.Security;
using Crm.Helpdesk.Services;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Helpdesk.Dashboard;

public sealed class HelpdeskTicketsViewComponent(TicketQueries tickets) : ViewComponent
{
    public const int Rows = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var mine = await tickets.MineAsync(ContentAuthorizer.UserId(UserClaimsPrincipal) ?? "", Rows, HttpContext.RequestAborted);
        var queue = await tickets.QueueAsync(Rows, HttpContext.RequestAborted);
        return View(new HelpdeskTicketsCard(mine.Rows, mine.HasMore, queue.Rows, queue.HasMore));
    }
}
