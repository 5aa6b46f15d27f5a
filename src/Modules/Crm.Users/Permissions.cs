using Crm.Core.Security;

namespace Crm.Users;

public sealed class Permissions : IPermissionProvider
{
    public const string AccessAdmin = "AccessAdmin";
    public const string ManageUsers = "ManageUsers";
    public const string ManageRoles = "ManageRoles";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(AccessAdmin, "Open the admin area", "Security"),
        new(ManageUsers, "Create, edit, lock and unlock users", "Security"),
        new(ManageRoles, "Create roles and assign permissions", "Security"),
    ];
}
