using Crm.Users.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Users.Controllers;

/// <summary>Sign-in and sign-out for the current tenant (lockout after repeated failures).</summary>
[AllowAnonymous]
public sealed class AccountController(SignInManager<CrmUser> signIn, IStringLocalizer<UsersText> text) : Controller
{
    [HttpGet("/login")]
    public IActionResult Login(string? returnUrl = null) => View(new LoginModel { ReturnUrl = returnUrl });

    [HttpPost("/login")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login([FromForm] LoginModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var result = await signIn.PasswordSignInAsync(model.UserName, model.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : Url.Content("~/admin"));
        model.Error = result.IsLockedOut
            ? text["This account is locked after too many failed attempts. Try again later or ask an administrator."]
            : text["The user name or password is not correct."];
        Response.StatusCode = result.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized;
        return View(model);
    }

    [HttpPost("/logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/login"));
    }

    [HttpGet("/denied")]
    public IActionResult Denied() => StatusCode(StatusCodes.Status403Forbidden);
}
