using Crm.Core.Recipes;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Tenants.Controllers;

/// <summary>The default tenant's tenant list: create from a recipe, disable, enable.</summary>
[RequirePermission(Permissions.ManageTenants)]
public sealed class TenantsController(TenantStore store, TenantSetupService setup, RecipeHarvester recipes, IStringLocalizer<TenantsText> text) : Controller
{
    [HttpGet("/admin/tenants")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, null, cancellationToken));

    [HttpPost("/admin/tenants")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string name, [FromForm] string? prefix, [FromForm] string? hostName,
        [FromForm] string recipe, [FromForm] string adminEmail, CancellationToken cancellationToken)
    {
        try
        {
            var result = await setup.CreateAsync(new TenantCreateRequest
            {
                Name = name ?? "",
                UrlPrefix = prefix ?? "",
                HostName = hostName,
                Recipe = recipe ?? "",
                AdminEmail = string.IsNullOrWhiteSpace(adminEmail) ? "admin@localhost" : adminEmail,
            }, cancellationToken);
            return View("Index", await PageAsync(
                text["Tenant '{0}' created. Admin: admin / {1} (shown only this once).", result.Tenant.Name, result.GeneratedAdminPassword ?? ""], null, cancellationToken));
        }
        catch (Exception e) when (e is TenantSetupException or RecipeException)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(null, e.Message, cancellationToken));
        }
    }

    [HttpPost("/admin/tenants/{name}/disable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string name, CancellationToken cancellationToken) =>
        ChangeAsync(() => setup.DisableAsync(name, cancellationToken), text["Tenant '{0}' disabled.", name], cancellationToken);

    [HttpPost("/admin/tenants/{name}/enable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string name, CancellationToken cancellationToken) =>
        ChangeAsync(() => setup.EnableAsync(name, cancellationToken), text["Tenant '{0}' enabled.", name], cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string notice, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            return View("Index", await PageAsync(notice, null, cancellationToken));
        }
        catch (TenantSetupException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(null, e.Message, cancellationToken));
        }
    }

    private async Task<TenantsPage> PageAsync(string? notice, string? error, CancellationToken cancellationToken) =>
        new(await store.ListAsync(cancellationToken), (await recipes.ListAsync(cancellationToken)).Select(r => r.Name).ToList(), notice, error);
}

public sealed record TenantsPage(IReadOnlyList<TenantRecord> Tenants, IReadOnlyList<string> Recipes, string? Notice, string? Error);
