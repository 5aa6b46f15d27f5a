using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Tenants;

/// <summary>Texts are looked up on each call: the localizer follows the request's UI culture, this menu is a singleton.</summary>
public sealed class AdminMenu(IStringLocalizer<TenantsText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new(text["Platform"], text["Tenants"], "/admin/tenants", Permissions.ManageTenants, 20)];
}
