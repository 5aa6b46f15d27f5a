using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Marketing;

/// <summary>A marketer's account, made as the admin makes it: the user screen, with the Marketer role ticked.</summary>
public static class Marketers
{
    public const string UserName = "haeun";
    public const string Password = "Marketer-Pass-2026";
    public const string Email = "haeun@example.com";

    public static async Task CreateAsync(IPage admin)
    {
        await admin.GotoAsync("admin/users");
        await admin.Locator("#new-user-name").FillAsync(UserName);
        await admin.Locator("#new-user-email").FillAsync(Email);
        await admin.Locator("#new-user-password").FillAsync(Password);
        await admin.Locator("#new-user-role-Marketer").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Expect(admin.Locator(".alert-success[role=status]")).ToHaveTextAsync($"User '{UserName}' created.");
    }
}
