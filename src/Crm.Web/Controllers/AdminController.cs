using Crm.Core.Navigation;
using Crm.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Web.Controllers;

/// <summary>The admin home: the user's dashboard, made of the cards of the tenant's enabled features the user may see.</summary>
[RequirePermission("AccessAdmin")]
public sealed class AdminController(DashboardWidgets widgets) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await widgets.ForAsync(User, cancellationToken));
}
