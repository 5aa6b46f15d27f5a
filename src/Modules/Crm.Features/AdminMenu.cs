using Crm.Core.Navigation;

namespace Crm.Features;

public sealed class AdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new("Platform", "Features", "/admin/features", Permissions.ManageFeatures, 10)];
}
