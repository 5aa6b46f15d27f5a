using Crm.Core.Modules;
using Crm.Core.Navigation;

namespace Crm.Users;

[ForFeature("Crm.ApiKeys")]
public sealed class ApiKeysAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new("Security", "API keys", "/admin/api-keys", ApiKeyPermissions.ManageApiKeys, 30)];
}
