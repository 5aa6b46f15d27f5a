using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.HelpdeskMail;

public sealed class AdminMenu(IStringLocalizer<HelpdeskMailText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
        [new(text["Helpdesk"], text["Helpdesk mailbox"], "/admin/helpdesk/mail", Permissions.ManageHelpdeskMail, 42)];
}
