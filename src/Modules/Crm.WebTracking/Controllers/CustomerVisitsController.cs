using Crm.Core.Security;
using Crm.WebTracking.Visits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.WebTracking.Controllers;

/// <summary>A customer's web visits: from the "Web visits" button on its detail page (a post, like every item action) or by address.</summary>
[RequirePermission(Permissions.ViewWebTracking)]
public sealed class CustomerVisitsController(CustomerVisits visits, IStringLocalizer<WebTrackingText> text) : Controller
{
    [HttpGet("/admin/tracking/customers/{id}")]
    public Task<IActionResult> Index(string id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    [HttpPost(WebVisitsAction.PostUrl)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> FromDetail([FromForm] List<string> itemIds, CancellationToken cancellationToken) =>
        itemIds.Count != 1
            ? Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Open the web visits of one customer at a time."])
            : await ShowAsync(itemIds[0], cancellationToken);

    private async Task<IActionResult> ShowAsync(string id, CancellationToken cancellationToken) =>
        await visits.ForAsync(id, User, cancellationToken) is { } page ? View("Index", page) : NotFound();
}
