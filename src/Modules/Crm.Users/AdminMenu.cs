using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Users;

/// <summary>Texts are looked up on each call: the localizer follows the request's UI culture, this menu is a singleton.</summary>
public sealed class AdminMenu(IStringLocalizer<UsersText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Security"], text["Users"], "/admin/users", Permissions.ManageUsers, 10),
        new(text["Security"], text["Roles"], "/admin/roles", Permissions.ManageRoles, 20),
    ];
}
