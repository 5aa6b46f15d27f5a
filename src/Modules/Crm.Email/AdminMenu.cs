using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Email;

public sealed class AdminMenu(IStringLocalizer<EmailText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() => [new(text["Platform"], text["Email"], "/admin/email", Permissions.ManageEmailSettings, 50)];
}
