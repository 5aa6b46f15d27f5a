using Crm.Core.Navigation;

namespace Crm.Users;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new("Security", "Users", "/admin/users", Permissions.ManageUsers, 10),
        new("Security", "Roles", "/admin/roles", Permissions.ManageRoles, 20),
    ];
}
