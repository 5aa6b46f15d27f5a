using Crm.Core.Security;

namespace Crm.Tenants;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageTenants = "ManageTenants";

    public IEnumerable<Permission> GetPermissions() => [new(ManageTenants, "Create, disable and enable tenants", "Platform")];
}
