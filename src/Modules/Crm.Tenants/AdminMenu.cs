using Crm.Core.Navigation;

namespace Crm.Tenants;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new("Platform", "Tenants", "/admin/tenants", Permissions.ManageTenants, 20)];
}
