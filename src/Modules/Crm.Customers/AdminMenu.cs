using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Customers;

public sealed class AdminMenu(IStringLocalizer<CustomersText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new(text["Sales"], text["Recency rules"], "/admin/customers/recency", Permissions.ManageRecencySettings, 80)];
}
