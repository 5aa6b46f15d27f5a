using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk;

public sealed class AdminMenu(IStringLocalizer<HelpdeskText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Helpdesk"], text["SLA report"], "/admin/helpdesk/sla-report", Permissions.ViewSlaReport, 40),
        new(text["Helpdesk"], text["SLA targets"], "/admin/helpdesk/sla", Permissions.ManageHelpdeskSettings, 41),
    ];
}
