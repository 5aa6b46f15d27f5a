using Crm.Core.Security;

namespace Crm.Features;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageFeatures = "ManageFeatures";

    public IEnumerable<Permission> GetPermissions() => [new(ManageFeatures, "Enable and disable features", "Platform")];
}
