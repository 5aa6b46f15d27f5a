using Crm.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Web.Controllers;

/// <summary>The admin home; the menu comes from the tenant's enabled features and the user's permissions.</summary>
[RequirePermission("AccessAdmin")]
public sealed class AdminController : Controller
{
    [HttpGet("/admin")]
    public IActionResult Index() => View();
}
