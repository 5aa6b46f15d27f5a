using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.Users.Models;
using Crm.Users.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Crm.Users.Controllers;

/// <summary>Roles and the permission matrix (permissions of enabled features × roles).</summary>
[RequirePermission(Permissions.ManageRoles)]
public sealed class RolesController(
    RoleManager<CrmRole> roleManager,
    RoleStore roles,
    RolePermissions rolePermissions,
    TenantPermissions permissions,
    IStringLocalizer<UsersText> text) : Controller
{
    [HttpGet("/admin/roles")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, null, cancellationToken));

    [HttpPost("/admin/roles")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string name, [FromForm] string? description, CancellationToken cancellationToken)
    {
        name = name?.Trim() ?? "";
        if (!RoleNames.IsValid(name)) return await FailAsync(text["'{0}': {1}.", name, text[RoleNames.Rule]], cancellationToken);
        if (await roleManager.RoleExistsAsync(name)) return await FailAsync(text["A role named '{0}' already exists.", name], cancellationToken);
        await roleManager.CreateAsync(new CrmRole { Name = name, Description = description?.Trim() ?? "" });
        return View("Index", await PageAsync(text["Role '{0}' created.", name], null, cancellationToken));
    }

    /// <summary>Saves the whole matrix: each checkbox posts "grant" = "Role|Permission".</summary>
    [HttpPost("/admin/roles/permissions")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SavePermissions([FromForm] string[] grant, CancellationToken cancellationToken)
    {
        var pairs = grant.Select(g => g.Split('|', 2)).ToList();
        var all = await permissions.GetAllAsync(cancellationToken);
        if (pairs.Any(p => p.Length != 2 || all.All(x => !string.Equals(x.Name, p[1], StringComparison.OrdinalIgnoreCase))))
        {
            return await FailAsync(text["The form named an unknown permission."], cancellationToken);
        }
        var allRoles = await roles.ListAsync(cancellationToken);
        if (pairs.Any(p => allRoles.All(r => !string.Equals(r.Name, p[0], StringComparison.OrdinalIgnoreCase)))) return await FailAsync(text["The form named an unknown role."], cancellationToken);

        var visible = all.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var role in allRoles.Where(r => r.Name != CrmRole.Administrator))
        {
            // Permissions of disabled features are not on the form; keep them as they are.
            var hidden = (await rolePermissions.ForRoleAsync(role.Name, cancellationToken)).Where(p => !visible.Contains(p));
            var posted = pairs.Where(p => string.Equals(p[0], role.Name, StringComparison.OrdinalIgnoreCase)).Select(p => p[1]);
            await rolePermissions.SetAsync(role.Name, hidden.Concat(posted), cancellationToken);
        }
        return View("Index", await PageAsync(text["Permissions saved."], null, cancellationToken));
    }

    [HttpPost("/admin/roles/{name}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        if (await roleManager.FindByNameAsync(name) is not { } role) return NotFound();
        if (role.Name == CrmRole.Administrator) return await FailAsync(text["The Administrator role cannot be deleted."], cancellationToken);
        var members = await HttpContext.RequestServices.GetRequiredService<UserManager<CrmUser>>().GetUsersInRoleAsync(role.Name);
        if (members.Count > 0) return await FailAsync(text["Role '{0}' still has {1} user(s); remove them from it first.", role.Name, members.Count], cancellationToken);
        await roleManager.DeleteAsync(role);
        return View("Index", await PageAsync(text["Role '{0}' deleted.", role.Name], null, cancellationToken));
    }

    private async Task<IActionResult> FailAsync(string error, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await PageAsync(null, error, cancellationToken));
    }

    private async Task<RolesPage> PageAsync(string? notice, string? error, CancellationToken cancellationToken)
    {
        var allRoles = await roles.ListAsync(cancellationToken);
        var grants = new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in allRoles) grants[role.Name] = await rolePermissions.GrantedAsync([role.Name], cancellationToken);
        return new RolesPage(allRoles, await permissions.GetAllAsync(cancellationToken), grants, notice, error);
    }
}
