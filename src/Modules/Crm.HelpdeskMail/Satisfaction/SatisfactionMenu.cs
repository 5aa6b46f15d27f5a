using Crm.Core.Modules;
using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.HelpdeskMail.Satisfaction;

[ForFeature(MailFeatures.Satisfaction)]
public sealed class SatisfactionMenu(IStringLocalizer<HelpdeskMailText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
        [new(text["Helpdesk"], text["CSAT report"], "/admin/helpdesk/csat", SatisfactionPermissions.ViewCsatReport, 43)];
}
