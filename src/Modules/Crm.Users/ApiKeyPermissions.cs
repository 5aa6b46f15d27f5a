using Crm.Core.Modules;
using Crm.Core.Security;

namespace Crm.Users;

[ForFeature("Crm.ApiKeys")]
public sealed class ApiKeyPermissions : IPermissionProvider
{
    public const string ManageApiKeys = "ManageApiKeys";

    public IEnumerable<Permission> GetPermissions() => [new(ManageApiKeys, "Create and revoke API keys", "Security")];
}
