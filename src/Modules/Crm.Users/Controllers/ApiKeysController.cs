using System.Security.Claims;
using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.Users.Models;
using Crm.Users.Services;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Users.Controllers;

/// <summary>Admin screen for API keys: list, create (the secret is shown once), revoke.</summary>
[ForFeature("Crm.ApiKeys")]
[RequirePermission(ApiKeyPermissions.ManageApiKeys)]
public sealed class ApiKeysController(ApiKeyService keys, RoleStore roles) : Controller
{
    [HttpGet("/admin/api-keys")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ApiKeysPage(await keys.ListAsync(cancellationToken), await roles.ListAsync(cancellationToken), null, null));

    [HttpPost("/admin/api-keys")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string name, [FromForm] string[] roleNames, CancellationToken cancellationToken)
    {
        string? secret = null, error = null;
        try
        {
            (_, secret) = await keys.CreateAsync(name, User.FindFirstValue(ClaimTypes.NameIdentifier)!, roleNames, cancellationToken: cancellationToken);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            Response.StatusCode = 400;
        }
        return View("Index", new ApiKeysPage(await keys.ListAsync(cancellationToken), await roles.ListAsync(cancellationToken), secret, error));
    }

    [HttpPost("/admin/api-keys/{id}/revoke")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(string id, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, cancellationToken) ? Redirect(Url.Content("~/admin/api-keys")) : NotFound();
}
