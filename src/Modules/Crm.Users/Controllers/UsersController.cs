using Crm.Core.Security;
using Crm.Users.Models;
using Crm.Users.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Users.Controllers;

/// <summary>Staff accounts: list, create with roles, change roles, lock and unlock.</summary>
[RequirePermission(Permissions.ManageUsers)]
public sealed class UsersController(UserManager<CrmUser> users, UserStore store, RoleStore roles, TimeProvider clock,
    IStringLocalizer<UsersText> text) : Controller
{
    [HttpGet("/admin/users")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, null, cancellationToken));

    [HttpPost("/admin/users")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string userName, [FromForm] string email, [FromForm] string password,
        [FromForm] string[] roleNames, CancellationToken cancellationToken)
    {
        var user = new CrmUser { UserName = userName?.Trim() ?? "", Email = email?.Trim() ?? "", EmailConfirmed = true };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded) return await FailAsync(created.Describe(), cancellationToken);
        var assigned = await users.AddToRolesAsync(user, roleNames);
        if (!assigned.Succeeded) return await FailAsync(assigned.Describe(), cancellationToken);
        return View("Index", await PageAsync(text["User '{0}' created.", user.UserName], null, cancellationToken));
    }

    [HttpPost("/admin/users/{id}/roles")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetRoles(string id, [FromForm] string[] roleNames, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        var known = (await roles.ListAsync(cancellationToken)).Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = roleNames.FirstOrDefault(r => !known.Contains(r));
        if (unknown is not null) return await FailAsync(text["Role '{0}' does not exist.", unknown], cancellationToken);
        var current = await users.GetRolesAsync(user);
        if (IsSelf(user) && current.Contains(CrmRole.Administrator) && !roleNames.Contains(CrmRole.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return await FailAsync(text["You cannot remove your own Administrator role."], cancellationToken);
        }
        await users.RemoveFromRolesAsync(user, current.Except(roleNames, StringComparer.OrdinalIgnoreCase));
        await users.AddToRolesAsync(user, roleNames.Except(current, StringComparer.OrdinalIgnoreCase));
        await users.UpdateSecurityStampAsync(user);
        return View("Index", await PageAsync(text["Roles of '{0}' saved.", user.UserName], null, cancellationToken));
    }

    [HttpPost("/admin/users/{id}/lock")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Lock(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        if (IsSelf(user)) return await FailAsync(text["You cannot lock your own account."], cancellationToken);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        return View("Index", await PageAsync(text["User '{0}' locked.", user.UserName], null, cancellationToken));
    }

    [HttpPost("/admin/users/{id}/unlock")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unlock(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return View("Index", await PageAsync(text["User '{0}' unlocked.", user.UserName], null, cancellationToken));
    }

    private bool IsSelf(CrmUser user) => users.GetUserId(User) == user.Id;

    private async Task<IActionResult> FailAsync(string error, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await PageAsync(null, error, cancellationToken));
    }

    private async Task<UsersPage> PageAsync(string? notice, string? error, CancellationToken cancellationToken)
    {
        var rows = new List<UserRow>();
        var now = clock.GetUtcNow();
        foreach (var user in await store.ListAsync(cancellationToken))
        {
            rows.Add(new UserRow(user, (await store.GetRolesAsync(user, cancellationToken)).ToList(), user.LockoutEnd > now));
        }
        return new UsersPage(rows, await roles.ListAsync(cancellationToken), notice, error);
    }
}
